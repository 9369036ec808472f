// Small items and a knowledge base for the ranking tests, from one template so each test states only what differs.
import type { AssetDigest, AssetItem } from '../../../src/core/dataset/asset';
import { buildRankingModel, type PageInput, type RankingModel } from '../../../src/core/ranking';

const FACTS: Record<string, { kind: string; strength: string }> = {
  kazakhstan: { kind: 'place', strength: 'anchor' },
  tokayev: { kind: 'person', strength: 'anchor' },
  russia: { kind: 'place', strength: 'ranking' },
  china: { kind: 'place', strength: 'ranking' },
  putin: { kind: 'person', strength: 'ranking' },
  'middle-corridor': { kind: 'project', strength: 'context' },
  aktau: { kind: 'place', strength: 'anchor' },
  kazatomprom: { kind: 'company', strength: 'anchor' },
};

export const facts = (id: string) => FACTS[id];

export function item(id: string, overrides: Partial<AssetItem> = {}): AssetItem {
  return {
    id,
    digests: ['d1'],
    headline: `Headline of ${id}`,
    outlet: 'Reuters',
    published: '2024-03-01',
    author: null,
    summary: 'A plain summary with nothing special in it at all.',
    entityIds: ['kazakhstan'],
    topics: [],
    url: null,
    ...overrides,
  };
}

export const DIGESTS: AssetDigest[] = [
  { id: 'd1', publisher: 'The Astana Times', date: '2024-03-08', month: '2024-03', url: null, title: null },
  { id: 'd2', publisher: 'Kazinform', date: null, month: '2024-05', url: null, title: null },
  { id: 'd3', publisher: 'Kazinform', date: null, month: null, url: null, title: null },
];

export function model(items: AssetItem[]): RankingModel {
  return buildRankingModel({ items, digestById: new Map(DIGESTS.map((d) => [d.id, d])), facts });
}

export function page(overrides: Partial<PageInput> = {}): PageInput {
  return {
    url: 'https://example.org/news/1',
    headline: 'Nothing in common',
    text: '',
    published: null,
    outlet: null,
    entities: [],
    ...overrides,
  };
}
