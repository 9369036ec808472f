// Marking search terms in results: by prefix and with a typo, as the index matches them.
import { describe, expect, it } from 'vitest';
import { markedRanges, queryTerms, wordMatches } from '../../../popup/search/marks';

const marked = (text: string, query: string) => markedRanges(text, queryTerms(query)).map(([s, e]) => text.slice(s, e));

describe('search marks', () => {
  it('folds the query as the index does', () => {
    expect(queryTerms('Orbán  Tokayev!')).toEqual(['orban', 'tokayev']);
  });

  it('marks words the query begins', () => {
    expect(marked('Tokayev met Putin in Astana', 'tokay ast')).toEqual(['Tokayev', 'Astana']);
  });

  it('marks a word one typo away, and not a short word that merely resembles a term', () => {
    expect(marked('Kashagan oilfield', 'kashagn')).toEqual(['Kashagan']);
    expect(wordMatches('cat', 'cap')).toBe(false);
  });

  it('marks accented and Cyrillic words', () => {
    expect(marked('Viktor Orbán visited', 'orban')).toEqual(['Orbán']);
    expect(marked('Токаев в Астане', 'астан')).toEqual(['Астане']);
  });

  it('marks nothing for an empty query', () => {
    expect(marked('Astana', '   ')).toEqual([]);
  });
});
