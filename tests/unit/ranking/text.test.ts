// Terms and TF-IDF vectors for full-text similarity.
import { describe, expect, it } from 'vitest';
import { stem, terms } from '../../../src/core/ranking/terms';
import { cosine, documentTerms, termStats, vectorOf } from '../../../src/core/ranking/vectors';

describe('terms', () => {
  it('folds case and accents, drops stop words and the country name', () => {
    expect(terms('The Orbán visit to Kazakhstan')).toEqual(['orban', 'visit']);
  });

  it('trims plurals and endings so forms of a word meet', () => {
    expect(stem('sanctions')).toBe(stem('sanction'));
    expect(stem('railways')).toBe('railway');
    expect(stem('visited')).toBe('visit');
    expect(stem('gas')).toBe('gas');
  });

  it('keeps Cyrillic words whole', () => {
    expect(terms('Токаев посетил Алматы')).toEqual(['токаев', 'посетил', 'алматы']);
  });
});

describe('vectors', () => {
  const docs = [
    documentTerms('Uranium output rises', 'Kazatomprom raised uranium output at its mines.'),
    documentTerms('Grain exports grow', 'Wheat and grain exports grew through the port of Aktau.'),
    documentTerms('Rail link opens', 'A new rail link to China opened for freight.'),
  ];
  const stats = termStats(docs);

  it('gives a text its highest similarity with itself', () => {
    const query = vectorOf(stats, docs[0]);
    const scores = docs.map((doc) => cosine(query, vectorOf(stats, doc)));
    expect(scores[0]).toBeCloseTo(1, 5);
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBe(0);
  });

  it('scores 0 against an empty text', () => {
    expect(cosine(vectorOf(stats, []), vectorOf(stats, docs[1]))).toBe(0);
  });
});
