// Imported digests join the ranking like bundled ones.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/core/dataset/load';
import { SEARCH_OPTIONS } from '../../../src/core/dataset/search-options';
import { buildRankingModel, rankItems } from '../../../src/core/ranking';
import { digest, item } from '../dataset/fixtures';
import { facts, page } from './fixtures';

describe('imported digests', () => {
  it('join the ranking like bundled ones, their names resolved to knowledge-base ids', () => {
    const empty = { version: 1 as const, digests: [], items: [] };
    const mine = digest({ id: 'mine' }, [
      item({
        headline: 'Uranium miner lifts output',
        summary: 'The state miner raised uranium output at its deposits in the south.',
        entities: ['Kazatomprom'],
        topics: ['mining'],
      }),
    ]);
    const data = loadDataset(empty, new MiniSearch(SEARCH_OPTIONS).toJSON(), [mine], {
      resolveName: (name) => (name === 'Kazatomprom' ? 'kazatomprom' : undefined),
    });
    const model = buildRankingModel({ items: data.items, digestById: data.digestById, facts });
    const ranked = rankItems(
      model,
      page({
        headline: 'Uranium output rises',
        text: 'Kazatomprom raised uranium output.',
        entities: [{ id: 'kazatomprom', count: 2 }],
      }),
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0].item.digests).toEqual(['mine']);
    expect(ranked[0].reasons).toContainEqual(expect.objectContaining({ kind: 'entity', id: 'kazatomprom' }));
  });
});
