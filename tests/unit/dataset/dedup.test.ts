import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupItems, type ItemSource } from '../../../src/core/dataset/dedup';
import { itemId } from '../../../src/core/dataset/ids';
import type { DigestItem } from '../../../src/core/dataset/schema';
import { item } from './fixtures';

function source(digestId: string, digestSort: string, overrides: Partial<DigestItem> = {}, index = 0): ItemSource {
  const it = item(overrides);
  return { digestId, digestSort, index, item: it, entityIds: it.entities.map((name) => name.toLowerCase()) };
}

describe('item ids', () => {
  it('depend on outlet and headline only, folding case, quotes, accents and articles', () => {
    const id = itemId('Foreign Policy', "Kazakhstan's leader makes neutrality an art", '2023-11-07', 'a');
    expect(id).toMatch(/^i[0-9a-f]{12}$/);
    expect(itemId('Foreign Policy', 'Kazakhstan\u2019s Leader Makes Neutrality an Art', null, 'b')).toBe(id);
    expect(itemId('foreign policy', "Kazakhstan's leader makes neutrality art", null, 'c')).toBe(id);
    expect(itemId('Reuters', "Kazakhstan's leader makes neutrality an art", null, 'a')).not.toBe(id);
  });

  it('use outlet, date and digest when there is no headline', () => {
    expect(itemId('NTV', null, null, 'akorda-2007-05-22')).toBe(itemId('NTV', null, null, 'akorda-2007-05-22'));
    expect(itemId('NTV', null, null, 'akorda-2007-05-22')).not.toBe(itemId('NTV', null, null, 'other'));
  });
});

describe('dedup', () => {
  it('merges one article reviewed by two digests into one item listing both', () => {
    const a = source('kazinform-1759b5', '', {
      headline: "Kazakhstan's Leader Makes Neutrality an Art",
      published: null,
      outlet: 'Foreign Policy',
    });
    const b = source('astanatimes-2023-11-10', '2023-11-10', {
      headline: 'Kazakhstan\u2019s leader makes neutrality an art',
      outlet: 'Foreign Policy',
      published: '2023-11-07',
      author: "Lynne O'Donnell",
      entities: ['Kassym-Jomart Tokayev', 'Russia'],
    });
    const { items, merged } = dedupItems([a, b]);
    expect(merged).toBe(1);
    expect(items).toHaveLength(1);
    const [one] = items;
    expect(one.digests).toEqual(['astanatimes-2023-11-10', 'kazinform-1759b5']);
    expect(one.published).toBe('2023-11-07');
    expect(one.author).toBe("Lynne O'Donnell");
    expect(one.entityIds).toEqual(['kassym-jomart tokayev', 'russia', 'kazakhstan', 'italy']);
  });

  it('merges headline-less reviews with the same outlet, date and entities', () => {
    const a = source('d1', '2017-06-10', { headline: null, outlet: 'CGTN', published: '2017-06-09' });
    const b = source('d2', '2017-06-11', { headline: null, outlet: 'CGTN', published: '2017-06-09' });
    const c = source('d3', '2017-06-11', {
      headline: null,
      outlet: 'CGTN',
      published: '2017-06-09',
      entities: ['China'],
    });
    const { items } = dedupItems([a, b, c]);
    expect(items.map((it) => it.digests)).toEqual([['d1', 'd2'], ['d3']]);
  });

  it('keeps apart two items of one digest, other outlets, and headlines with conflicting dates', () => {
    const items = dedupItems([
      source('d1', '2024-01-12', {}, 0),
      source('d1', '2024-01-12', {}, 1),
      source('d2', '2024-01-13', { outlet: 'Bloomberg' }),
      source('d3', '2024-02-01', { published: '2024-01-30' }),
    ]).items;
    expect(items).toHaveLength(4);
    expect(new Set(items.map((it) => it.id)).size).toBe(4);
  });

  it('gives the same items and ids whatever the input order', () => {
    const sources = [
      source('d1', '2024-01-12'),
      source('d2', '2024-01-19', { published: null }),
      source('d3', '', { headline: null, outlet: 'NTV', published: null }, 0),
      source('d3', '', { headline: null, outlet: 'NTV', published: null }, 1),
      source('d4', '2024-02', { headline: 'Another story', outlet: 'Euronews' }),
    ];
    const expected = dedupItems(sources).items.map(({ id, digests }) => ({ id, digests }));
    expect(expected).toHaveLength(4);
    fc.assert(
      fc.property(fc.shuffledSubarray(sources, { minLength: sources.length }), (shuffled) => {
        const got = dedupItems(shuffled).items.map(({ id, digests }) => ({ id, digests }));
        expect(new Set(got.map((it) => JSON.stringify(it)))).toEqual(new Set(expected.map((it) => JSON.stringify(it))));
      }),
    );
  });

  it('keeps an id when unrelated fields change', () => {
    const before = dedupItems([source('d1', '2024-01-12')]).items[0].id;
    const after = dedupItems([source('d1', '2024-01-12', { summary: 'Rewritten.', topics: ['economy'], entities: [] })])
      .items[0].id;
    expect(after).toBe(before);
  });
});
