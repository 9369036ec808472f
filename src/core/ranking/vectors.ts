// Sparse TF-IDF vectors over the digest items, and the cosine between two of them.
import { terms } from './terms';

/** Terms and their weights side by side (cheaper to build than a map for each of hundreds of items),
 *  with the Euclidean length; `index` maps a term to its position, made only when a lookup needs it. */
export interface SparseVector {
  terms: string[];
  weights: number[];
  norm: number;
  index?: Map<string, number>;
}

export interface TermStats {
  /** Documents each term occurs in. */
  df: Map<string, number>;
  documents: number;
}

/** Counts, over every document, how many contain each term. */
export function termStats(documents: string[][]): TermStats {
  const df = new Map<string, number>();
  for (const document of documents) for (const term of new Set(document)) df.set(term, (df.get(term) ?? 0) + 1);
  return { df, documents: documents.length };
}

export function idf(stats: TermStats, term: string): number {
  // A term no item has gets the rarest weight: it cannot match, and it keeps the page's norm honest.
  return Math.log((stats.documents + 1) / ((stats.df.get(term) ?? 0) + 0.5));
}

/** Sub-linear term frequency (1 + ln tf) times idf, so one repeated word cannot dominate. */
export function vectorOf(stats: TermStats, termList: string[]): SparseVector {
  const sorted = [...termList].sort();
  const vector: SparseVector = { terms: [], weights: [], norm: 0 };
  let sum = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    const weight = (1 + Math.log(end - start)) * idf(stats, sorted[start]);
    if (weight > 0) {
      vector.terms.push(sorted[start]);
      vector.weights.push(weight);
      sum += weight * weight;
    }
    start = end;
  }
  vector.norm = Math.sqrt(sum);
  return vector;
}

function indexOf(vector: SparseVector): Map<string, number> {
  vector.index ??= new Map(vector.terms.map((term, position) => [term, vector.weights[position]]));
  return vector.index;
}

/** Looks the smaller vector's terms up in the larger one's index (made once, then reused). */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  const lookup = indexOf(large);
  let dot = 0;
  for (let i = 0; i < small.terms.length; i++) {
    const other = lookup.get(small.terms[i]);
    if (other !== undefined) dot += small.weights[i] * other;
  }
  return dot / (a.norm * b.norm);
}

/** The terms of a headline count twice: it is the densest statement of what the text is about. */
export function documentTerms(headline: string | null, body: string): string[] {
  const head = terms(headline ?? '');
  return [...head, ...head, ...terms(body)];
}
