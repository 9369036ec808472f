// The verdict's model: a logistic regression over a page's signals, fitted by scripts/fit-verdict.ts on the
// labelled corpus (tests/fixtures/corpus) and written to verdict-weights.json. No weight is set by hand:
// the features are chosen here, their weights by the fit, and `npm run eval` reports them cross-validated.
import weights from './verdict-weights.json';

/** What a page's names tell, before any weighing (see judge in verdict.ts). */
export interface Signals {
  /** Distinct anchors in the title and headline; distinct foreign names (countries, other subjects) there. */
  titleEntities: number;
  titleForeign: number;
  ledeEntities: number;
  /** Anchor mentions in lede and body, and per thousand words. */
  anchorMentions: number;
  density: number;
  /** Quarters of the body (0 to 4) with an anchor in them: a subject recurs, a passing name does not. */
  spread: number;
  distinctAnchors: number;
  contextMentions: number;
  /** Distinct foreign names in lede and body (Russia, OPEC, NASA), and what share of all mentions there
   *  (Kazakhstan's and foreign) are Kazakhstan's. */
  foreignEntities: number;
  kzShare: number;
  /** Share of the body's anchor mentions that stand in lists and tables, not in sentences. */
  listedShare: number;
  words: number;
  kzSite: boolean;
  knownOutlet: boolean;
  damped: boolean;
}

/** The features, by name, in the order of the weights. Counts enter as log2(1 + n): the tenth mention adds
 *  less than the second. (Whether the outlet is one the digests review stays a signal, not a feature: a
 *  page does not say so, and the corpus cannot teach its weight.) The language of a page does not enter: every signal is a count, a share or a
 *  rate per thousand words, and words are counted so that they compare across languages (words.ts: a
 *  run of Chinese, Japanese or Thai counts as its characters over the average word's). */
export const FEATURES: Record<string, (s: Signals) => number> = {
  title: (s) => (s.titleEntities > 0 ? 1 : 0),
  titleAnchors: (s) => Math.log2(1 + s.titleEntities),
  titleForeign: (s) => Math.log2(1 + s.titleForeign),
  lede: (s) => (s.ledeEntities > 0 ? 1 : 0),
  density: (s) => Math.log2(1 + s.density),
  mentions: (s) => Math.log2(1 + s.anchorMentions),
  spread: (s) => s.spread / 4,
  distinctAnchors: (s) => Math.log2(1 + s.distinctAnchors),
  context: (s) => Math.log2(1 + s.contextMentions),
  foreign: (s) => Math.log2(1 + s.foreignEntities),
  kzShare: (s) => s.kzShare,
  listed: (s) => s.listedShare,
  shortText: (s) => (s.words < 300 ? 1 : 0),
  kzSite: (s) => (s.kzSite ? 1 : 0),
};

export interface VerdictWeights {
  features: string[];
  weights: number[];
  bias: number;
  /** The probability at and above which a page is central. */
  threshold: number;
}

/** The features' values, in the order of `names`. A name this code no longer has counts 0, so that the
 *  corpus can still be read to fit new weights; a unit test holds the shipped weights to FEATURES. */
export function featureVector(signals: Signals, names: string[] = Object.keys(FEATURES)): number[] {
  return names.map((name) => FEATURES[name]?.(signals) ?? 0);
}

/** The probability that a page with these signals is about Kazakhstan, under `model`. */
export function probabilityOf(signals: Signals, model: VerdictWeights = weights): number {
  const x = featureVector(signals, model.features);
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

export const fittedWeights: VerdictWeights = weights;
