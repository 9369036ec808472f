// The worker ranks the bundled items for a page as the popup would (same files, same model, same ranking),
// and leaves the ranking to the popup where the user has imported digests or the page shows no items.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetAsset } from '../../../src/core/dataset/asset';
import { entityNotes, modelFromPrebuilt, prebuildRanking, rankItems } from '../../../src/core/ranking';
import { pageInputOf } from '../../../src/messaging/page-input';
import type { PageReport } from '../../../src/messaging/protocol';
import { DIGESTS, facts, item } from '../ranking/fixtures';

const stored = new Map<string, unknown>();

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getURL: (path: string) => `chrome-extension://lens/${path}` },
    storage: { local: { get: async (key: string) => (stored.has(key) ? { [key]: stored.get(key) } : {}) } },
  },
}));

const { rankForPopup } = await import('../../../src/background/digest-ranking');

const items = [
  item('tokayev-visit', { headline: 'Tokayev visits Aktau port', entityIds: ['kazakhstan', 'tokayev', 'aktau'] }),
  item('uranium', { headline: 'Kazatomprom raises output', entityIds: ['kazakhstan', 'kazatomprom'] }),
  item('plain', { headline: 'A quiet week' }),
];
const note = (id: string) => (facts(id) ? { name: id, ...facts(id) } : undefined);
const asset: DatasetAsset = { version: 1, digests: DIGESTS, items };
const prebuilt = prebuildRanking(items, DIGESTS, note as Parameters<typeof prebuildRanking>[2]);
const files: Record<string, unknown> = { 'data/dataset.json': asset, 'data/ranking.json': prebuilt };
const realFetch = globalThis.fetch;
globalThis.fetch = (async (url: string) => {
  const path = String(url).replace('chrome-extension://lens/', '');
  return new Response(JSON.stringify(files[path]), { status: path in files ? 200 : 404 });
}) as typeof fetch;
afterAll(() => {
  globalThis.fetch = realFetch;
});

function report(verdict: 'central' | 'mentions' | 'none'): PageReport {
  const finding = (id: string) => ({ id, name: id, kind: 'person', strength: 'anchor' as const, count: 2, where: {} });
  return {
    url: 'https://news.example/tokayev-aktau',
    title: 'Tokayev in Aktau',
    headline: 'Tokayev visits the port of Aktau',
    lede: 'President Tokayev toured the port.',
    excerpt: 'Kazakhstan expands its Caspian port.',
    published: '2024-03-02',
    outlet: 'Reuters',
    lang: 'en',
    analysis: {
      verdict,
      findings: [finding('tokayev'), finding('aktau')],
      rankingEntities: [],
    },
    highlighted: 4,
  } as unknown as PageReport;
}

describe('rankForPopup', () => {
  beforeEach(() => stored.clear());

  it('ranks the bundled items exactly as the popup ranks them, by id', async () => {
    const notes = entityNotes(prebuilt);
    const model = modelFromPrebuilt(prebuilt, {
      items,
      digestById: new Map(DIGESTS.map((digest) => [digest.id, digest])),
      facts: (id) => notes.get(id),
    });
    const expected = rankItems(model, pageInputOf(report('central')), { limit: 20 }).map(({ item, ...score }) => ({
      id: item.id,
      ...score,
    }));
    expect(expected[0]?.id).toBe('tokayev-visit');
    expect(await rankForPopup(report('central'))).toEqual(expected);
  });

  it('leaves the ranking to the popup where the user has imported digests', async () => {
    stored.set('userDigests', [{ id: 'mine' }]);
    expect(await rankForPopup(report('central'))).toBeNull();
  });

  it('ranks nothing for a page the popup shows no items for', async () => {
    expect(await rankForPopup(report('none'))).toBeNull();
  });
});
