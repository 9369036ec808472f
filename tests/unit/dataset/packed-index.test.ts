// The packed search index must load into the very MiniSearch that MiniSearch's own loader makes.
import { existsSync, readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadNameLookups, readDigestFiles } from '../../../scripts/build-dataset';
import { buildDataset } from '../../../src/core/dataset/build';
import { loadDataset } from '../../../src/core/dataset/load';
import { isPackedIndex, loadPackedIndex, packIndex } from '../../../src/core/dataset/packed-index';
import { SEARCH_OPTIONS, type SearchDocument } from '../../../src/core/dataset/search-options';
import { digest, item } from './fixtures';

const QUERIES = [
  'tokayev',
  'tokaev',
  'tokay',
  'kaspi nasdaq',
  'uranium',
  'орбан',
  'Orban',
  'astana',
  'middle corridor',
];
const GENERATED = new URL('../../../generated/public/data/', import.meta.url).pathname;

function indexOf(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(documents);
  return index;
}

/** Both loaders, from files as they would be written. */
function bothWays(index: MiniSearch<SearchDocument>) {
  const own = MiniSearch.loadJSON<SearchDocument>(JSON.stringify(index), SEARCH_OPTIONS);
  const packed = loadPackedIndex<SearchDocument>(
    JSON.parse(JSON.stringify(packIndex(index, SEARCH_OPTIONS))),
    SEARCH_OPTIONS,
  );
  return { own, packed };
}

function expectSame(own: MiniSearch<SearchDocument>, packed: MiniSearch<SearchDocument>) {
  // Serialised again, both walk their trees: equal text means equal terms, postings and order.
  expect(JSON.stringify(packed)).toBe(JSON.stringify(own));
  for (const query of QUERIES) expect(packed.search(query)).toEqual(own.search(query));
  expect(packed.autoSuggest('tok')).toEqual(own.autoSuggest('tok'));
}

describe('packed search index', () => {
  const documents: SearchDocument[] = [
    {
      id: 'a',
      headline: 'Tokayev meets Orbán',
      summary: 'Talks in Astana on uranium.',
      outlet: 'Reuters',
      entities: '',
    },
    {
      id: 'b',
      headline: 'Kaspi on Nasdaq',
      summary: 'Tokayev’s fintech champion lists.',
      outlet: 'FT',
      entities: 'Kaspi',
    },
    { id: 'c', headline: 'Орбан в Астане', summary: 'Средний коридор.', outlet: 'ТАСС', entities: 'Middle Corridor' },
  ];

  it('loads into the same index as MiniSearch’s own loader, and searches alike', () => {
    const { own, packed } = bothWays(indexOf(documents));
    expectSame(own, packed);
  });

  it('takes documents added after loading, as imported digests are', () => {
    const { own, packed } = bothWays(indexOf(documents.slice(0, 2)));
    own.addAll(documents.slice(2));
    packed.addAll(documents.slice(2));
    expectSame(own, packed);
  });

  it('is told apart from MiniSearch’s own serialisation, which loadDataset still reads', () => {
    const index = indexOf(documents);
    expect(isPackedIndex(packIndex(index, SEARCH_OPTIONS))).toBe(true);
    expect(isPackedIndex(JSON.parse(JSON.stringify(index)))).toBe(false);
    const asset = { version: 1 as const, digests: [], items: [] };
    const mine = [digest({ id: 'mine' }, [item({ headline: 'Uranium output rises' })])];
    for (const form of [JSON.stringify(index), JSON.stringify(packIndex(index, SEARCH_OPTIONS))])
      expect(
        loadDataset(asset, form, mine)
          .search('uranium')
          .map((found) => found.headline),
      ).toEqual(['Uranium output rises']);
  });

  it.runIf(existsSync(`${GENERATED}search-index.json`))('matches the project digests’ own index', () => {
    const lookups = loadNameLookups();
    const output = buildDataset({ files: readDigestFiles().files, ...lookups });
    const { own, packed } = bothWays(indexOf(output.searchDocuments));
    expectSame(own, packed);
    const bundled = loadPackedIndex<SearchDocument>(
      JSON.parse(readFileSync(`${GENERATED}search-index.json`, 'utf8')),
      SEARCH_OPTIONS,
    );
    expect(JSON.stringify(bundled)).toBe(JSON.stringify(own));
  });
});
