import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/build';
import { loadDataset } from '../../../src/core/dataset/load';
import { SEARCH_OPTIONS, type SearchDocument } from '../../../src/core/dataset/search-options';
import { digest, fakeResolver, item } from './fixtures';

const A = digest({ id: 'astanatimes-2024-01-12' }, [
  item(),
  item({
    headline: 'Orbán hails Kazakhstan as key partner',
    outlet: 'Hungary Today',
    published: '2023-11-21',
    entities: ['Viktor Orbán', 'Hungary'],
    topics: ['economy'],
  }),
]);
const B = digest({ id: 'kazinform-abc123', publisher: 'Kazinform', date: null, month: null, url: null }, [
  item({
    headline: 'Kazakhstan and Italy Sign New Agreements',
    published: null,
    entities: ['Italy', 'Giorgia Meloni'],
  }),
]);
const files = [A, B].map((d) => ({ file: `${d.id}.json`, input: d }));

function build(unknown: string[] = []) {
  return buildDataset({ files, resolveName: fakeResolver(unknown), entityName: (id) => `Canonical ${id}` });
}

function loaded(userDigests = [] as ReturnType<typeof digest>[]) {
  const output = build();
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(output.searchDocuments);
  // Through JSON, as the files are written and read.
  const indexJson = JSON.parse(JSON.stringify(index));
  return loadDataset(JSON.parse(JSON.stringify(output.dataset)), indexJson, userDigests, {
    resolveName: fakeResolver(),
  });
}

describe('buildDataset', () => {
  it('validates, resolves, dedups and counts', () => {
    const output = build();
    expect(output.problems).toEqual([]);
    expect(output.counts).toEqual({ digests: 2, itemsBefore: 3, items: 2, merged: 1 });
    const merged = output.dataset.items.find((it) => it.digests.length === 2);
    expect(merged?.digests).toEqual(['astanatimes-2024-01-12', 'kazinform-abc123']);
    expect(merged?.entityIds).toEqual(['kazakhstan', 'italy', 'giorgia-meloni']);
    expect(output.dataset.digests.map((d) => d.id)).toEqual(['astanatimes-2024-01-12', 'kazinform-abc123']);
  });

  it('fails naming the file and the item for a name that does not resolve; outlets only warn', () => {
    const output = build(['Giorgia Meloni', 'Reuters']);
    expect(output.problems).toEqual([
      'kazinform-abc123.json item 0 "Kazakhstan and Italy Sign New Agreements": entity "Giorgia Meloni" is not in the knowledge base',
    ]);
    expect(output.warnings).toHaveLength(2);
    expect(output.warnings[0]).toMatch(/^astanatimes-2024-01-12\.json item 0 .*outlet "Reuters"/);
  });

  it('reports schema and project-rule problems by file', () => {
    const bad = digest({ id: 'wrong-name' }, [item({ summary: 'Too short.' })]);
    const output = buildDataset({
      files: [{ file: 'x.json', input: bad }],
      resolveName: fakeResolver(),
      entityName: () => undefined,
    });
    expect(output.problems).toEqual([
      'x.json id: "wrong-name" does not match the file name',
      'x.json item 0 "Kazakhstan and Italy sign new agreements": summary has 2 words; write 25-70',
    ]);
  });

  it('writes entity cards with counts and the newest headlines first', () => {
    const { cards } = build();
    expect(cards.italy).toEqual({ count: 1, top: ['Kazakhstan and Italy sign new agreements'] });
    expect(cards.kazakhstan.count).toBe(1);
    expect(cards.hungary).toEqual({ count: 1, top: ['Orbán hails Kazakhstan as key partner'] });
  });
});

describe('loadDataset', () => {
  it('searches the prebuilt index with prefix, fuzzy and accent-free matching', () => {
    const data = loaded();
    expect(data.search('orban').map((it) => it.outlet)).toEqual(['Hungary Today']);
    expect(data.search('meloni')[0].headline).toBe('Kazakhstan and Italy sign new agreements');
    expect(data.search('canonical gior')).toHaveLength(1);
    expect(data.search('hungery').map((it) => it.outlet)).toEqual(['Hungary Today']);
  });

  it('filters by topic, outlet, publisher and year; an empty query lists newest first', () => {
    const data = loaded();
    expect(data.search('', {}).map((it) => it.published)).toEqual(['2024-01-10', '2023-11-21']);
    expect(data.search('', { topic: 'economy' })).toHaveLength(1);
    expect(data.search('', { outlet: 'hungary today' })).toHaveLength(1);
    expect(data.search('', { publisher: 'Kazinform' }).map((it) => it.outlet)).toEqual(['Reuters']);
    expect(data.search('', { year: 2023 }).map((it) => it.outlet)).toEqual(['Hungary Today']);
    expect(data.search('kazakhstan', { year: 2025 })).toEqual([]);
  });

  it('adds user digests to the index, and folds a user review of a bundled article into that item', () => {
    const mine = digest({ id: 'mine-1', publisher: 'My Notes', date: '2025-02-01', month: '2025-02' }, [
      item({
        headline: 'Steppe eagles return',
        outlet: 'BBC',
        published: '2025-01-30',
        entities: ['Kazakhstan'],
        topics: ['environment'],
      }),
      item({ published: null }),
    ]);
    const data = loaded([mine]);
    expect(data.items).toHaveLength(3);
    expect(data.search('eagles').map((it) => it.digests)).toEqual([['mine-1']]);
    expect(
      data
        .search('', { publisher: 'My Notes' })
        .map((it) => it.outlet)
        .sort(),
    ).toEqual(['BBC', 'Reuters']);
    const bundled = data.search('italy agreements')[0];
    expect(bundled.digests).toEqual(['astanatimes-2024-01-12', 'kazinform-abc123', 'mine-1']);
    expect(data.digestById.get('mine-1')?.user).toBe(true);
  });
});
