// The worker ranks the digest items for a page as the popup would (same files, same model, same ranking), with
// the user's own digests too, and names the state of those digests it ranked with.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetAsset } from '../../../src/core/dataset/asset';
import { itemId } from '../../../src/core/dataset/ids';
import type { Digest } from '../../../src/core/dataset/schema';
import { entityNotes, modelFromPrebuilt, prebuildRanking, rankItems } from '../../../src/core/ranking';
import { pageInputOf } from '../../../src/messaging/page-input';
import type { PageReport } from '../../../src/messaging/protocol';
import { userDigestsKey } from '../../../src/user-digests/key';
import { sampleKb } from '../engine/sample-kb';
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
const files: Record<string, unknown> = {
  'data/dataset.json': asset,
  'data/ranking.json': prebuilt,
  'data/kb.json': sampleKb(),
};
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
    expect(await rankForPopup(report('central'))).toEqual({ ranked: expected, rankedWith: '', rankedNotes: {} });
  });

  it('ranks with the user’s own digests, their names resolved, and says with which', async () => {
    const mine: Digest = {
      id: 'mine',
      publisher: 'Steppe Notes',
      date: '2024-03-05',
      month: '2024-03',
      url: null,
      title: null,
      items: [
        {
          headline: 'Tokayev opens a new terminal at the port of Aktau',
          outlet: 'Caspian Wire',
          published: '2024-03-02',
          author: null,
          summary: 'The president visited the port of Aktau and opened a terminal for grain bound across the Caspian.',
          entities: ['Kassym-Jomart Tokayev', 'Aktau'],
          topics: ['transport'],
          url: null,
        },
      ],
    };
    stored.set('userDigests', [mine]);
    const ranking = await rankForPopup(report('central'));
    const userItem = itemId('Caspian Wire', mine.items[0].headline, '2024-03-02', 'mine');
    expect(ranking?.ranked.map((ranked) => ranked.id)).toContain(userItem);
    const reasons = ranking?.ranked.find((ranked) => ranked.id === userItem)?.reasons ?? [];
    expect(reasons).toContainEqual(expect.objectContaining({ kind: 'entity', id: 'tokayev' }));
    expect(ranking?.rankedWith).toBe(userDigestsKey([mine]));
    expect(ranking?.rankedNotes.tokayev?.name).toBe('Kassym-Jomart Tokayev');
  });

  it('ranks nothing for a page the popup shows no items for', async () => {
    expect(await rankForPopup(report('none'))).toBeNull();
  });
});
