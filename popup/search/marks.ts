// Where a search's terms occur in a text, as the index matches them: by prefix, and with a typo or two.
import { processTerm } from '../../src/core/dataset/search-options';

/** The query's words, folded as the index folds them. */
export function queryTerms(query: string): string[] {
  return query
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => processTerm(word))
    .filter((term): term is string => term !== null && term.length > 0);
}

/** Edit distance, given up once it passes `limit` (enough to say "close" or "not close"). */
function within(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}

// The same tolerance as the index's fuzzy 0.2: one typo per five letters.
const allowed = (term: string) => Math.floor(term.length * 0.2);

export function wordMatches(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  const limit = allowed(term);
  if (limit === 0) return false;
  // As the index does: a prefix must be exact, a typo is allowed against the whole word.
  return within(word, term, limit);
}

/** [start, end) of each word in text that one of the terms matches, in order. */
export function markedRanges(text: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = processTerm(match[0]);
    if (word && terms.some((term) => wordMatches(word, term)))
      ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
