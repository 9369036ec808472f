// The verdict's fitting procedure, shared by `npm run fit` (on every page) and `npm run eval` (on the
// folds of a cross-validation): the same code makes the shipped weights and the figures quoted for them.
import { FEATURES, featureVector, type VerdictWeights } from '../../src/core/engine/verdict-model';
import type { ReadCorpusPage } from './corpus-signals';
import { type Example, fitLogistic, predict, stratifiedFolds } from './logistic';

/** L2 penalties tried; the one with the best held-out likelihood inside the training pages is used. */
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
  let best = LAMBDAS[0];
  let bestLoss = Number.POSITIVE_INFINITY;
  for (const lambda of LAMBDAS) {
    let loss = 0;
    for (const fold of folds) {
      const held = new Set(fold);
      const fit = fitLogistic(
        examples.filter((_, i) => !held.has(i)),
        lambda,
      );
      for (const i of fold) {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, predict(fit, examples[i].x)));
        loss -= examples[i].y ? Math.log(p) : Math.log(1 - p);
      }
    }
    if (loss < bestLoss) [best, bestLoss] = [lambda, loss];
  }
  return best;
}
