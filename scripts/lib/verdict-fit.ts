// The verdict's fitting procedure, shared by `npm run fit` (on every page) and `npm run eval` (on the
// folds of a cross-validation): the same code makes the shipped weights and the figures quoted for them.
import { FEATURES, featureVector, type VerdictWeights } from '../../src/core/engine/verdict-model';
import type { ReadCorpusPage } from './corpus-signals';
import { type Example, fitLogistic, predict, stratifiedFolds } from './logistic';

/** L2 penalties tried, inside the training pages, by held-out likelihood (chooseLambda). */
const LAMBDAS = [0.03, 0.1, 0.3, 1, 3];
/** A page is central when the model gives it at least this probability: the model's own decision. */
const THRESHOLD = 0.5;
const INNER_FOLDS = 5;

export interface FittedVerdict extends VerdictWeights {
  lambda: number;
  fittedOn: { pages: number; central: number };
}

const names = Object.keys(FEATURES);

export function examplesOf(pages: ReadCorpusPage[]): Example[] {
  return pages
    .filter((p) => p.anchored)
    .map((p) => ({ x: featureVector(p.signals, names), y: p.page.label === 'central' ? 1 : 0 }));
}

export function fitVerdict(pages: ReadCorpusPage[]): FittedVerdict {
  const anchored = pages.filter((p) => p.anchored);
  const examples = examplesOf(anchored);
  const lambda = chooseLambda(
    examples,
    anchored.map((p) => p.page.file),
  );
  const fit = fitLogistic(examples, lambda);
  return {
    features: names,
    weights: fit.weights.map((w) => Math.round(w * 1e4) / 1e4),
    bias: Math.round(fit.bias * 1e4) / 1e4,
    threshold: THRESHOLD,
    lambda,
    fittedOn: { pages: examples.length, central: examples.filter((e) => e.y === 1).length },
  };
}

function chooseLambda(examples: Example[], keys: string[]): number {
  const folds = stratifiedFolds(
    examples.map((e) => String(e.y)),
    keys,
    INNER_FOLDS,
  );
  const tried = LAMBDAS.map((lambda) => {
    const losses: number[] = [];
    for (const fold of folds) {
      const held = new Set(fold);
      const fit = fitLogistic(
        examples.filter((_, i) => !held.has(i)),
        lambda,
      );
      for (const i of fold) {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, predict(fit, examples[i].x)));
        losses.push(examples[i].y ? -Math.log(p) : -Math.log(1 - p));
      }
    }
    return { lambda, loss: sum(losses), error: standardErrorOfSum(losses) };
  });
  return withinOneError(tried);
}

export interface TriedPenalty {
  lambda: number;
  /** Held-out log loss, summed over the training pages. */
  loss: number;
  /** Its standard error. */
  error: number;
}

/** The one-standard-error rule: the largest penalty whose held-out loss is within one standard error of the
 *  best. Losses closer than that are a tie that one page more or less can flip (0.03 and 0.1 were 5.38 and
 *  5.40 in December, with an error of 3.5: 1 came within it, at 7.9); the stronger penalty is the steadier
 *  model. */
export function withinOneError(tried: TriedPenalty[]): number {
  const best = tried.reduce((a, b) => (b.loss < a.loss ? b : a));
  return Math.max(...tried.filter((t) => t.loss <= best.loss + best.error).map((t) => t.lambda));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The standard error of a sum of independent losses: its spread from one sample of pages to another. */
function standardErrorOfSum(values: number[]): number {
  const mean = sum(values) / values.length;
  const variance = sum(values.map((value) => (value - mean) ** 2)) / (values.length - 1);
  return Math.sqrt(values.length * variance);
}
