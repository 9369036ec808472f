// The worker's part of the reading log: what it records, and what it never records.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../../src/messaging/protocol';
import { createBrowserMock } from '../popup/browser-mock';

const mock = vi.hoisted(() => ({
  browser: null as unknown as ReturnType<typeof createBrowserMock> & Record<string, unknown>,
}));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, key) => Reflect.get(mock.browser, key) }),
}));

const { logReading } = await import('../../../src/background/reading-log');
const { readLog } = await import('../../../src/reading-log');

let session: Map<string, unknown>;
beforeEach(() => {
  mock.browser = createBrowserMock();
  session = new Map();
  Object.assign(mock.browser.storage, {
    session: {
      get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
      set: async (values: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(values)) session.set(key, value);
      },
      remove: async (key: string) => void session.delete(key),
    },
  });
  // The knowledge base is not there: the worker then keeps the ids as names.
  vi.stubGlobal('fetch', async () => {
    throw new Error('no network in unit tests');
  });
});

function report(verdict: 'central' | 'mentions', url = 'https://news.example/kaspi#top'): PageReport {
  return {
    url,
    title: 'Kaspi lists on Nasdaq - News Example',
    headline: 'Kaspi lists on Nasdaq',
    lede: '',
    excerpt: '',
    published: '2024-01-22',
    outlet: 'News Example',
    lang: 'en',
    highlighted: 3,
    analysis: {
      verdict,
      score: 0.9,
      findings: [
        {
          id: 'kaspi-kz',
          name: 'Kaspi.kz',
          kind: 'company',
          strength: 'anchor',
          count: 3,
          where: { title: 1, lede: 1, body: 1 },
        },
      ],
      rankingEntities: [{ id: 'nasdaq', count: 2 }],
      words: 400,
      signals: {} as PageReport['analysis']['signals'],
    },
  };
}

const turnOn = (change: Record<string, unknown> = {}) =>
  mock.browser.storage.local.set({ settings: { readingLog: true, ...change } });

describe('the worker’s reading log', () => {
  it('records nothing until the reader turns the log on', async () => {
    await logReading(report('central'), false);
    expect(mock.browser.store.has('readingLog')).toBe(false);
  });

  it('records a central page once on, with its facts and names', async () => {
    await turnOn();
    await logReading(report('central'), false, 1234);
    const log = await readLog();
    expect(log.entries).toEqual([
      {
        url: 'https://news.example/kaspi',
        title: 'Kaspi lists on Nasdaq',
        outlet: 'News Example',
        published: '2024-01-22',
        entities: [
          { id: 'kaspi-kz', name: 'kaspi-kz', count: 3 },
          { id: 'nasdaq', name: 'nasdaq', count: 2 },
        ],
        verdict: 'central',
        readAt: 1234,
      },
    ]);
  });

  it('never records a page that only mentions Kazakhstan, a private window, an excluded site or a local file', async () => {
    await turnOn({ logExcludedSites: ['excluded.example'] });
    await logReading(report('mentions'), false);
    await logReading(report('central'), true);
    await logReading(report('central', 'https://www.excluded.example/a'), false);
    await logReading(report('central', 'file:///home/reader/a.html'), false);
    expect((await readLog()).entries).toEqual([]);
  });

  it('with the storage full, keeps the log as it was and leaves word for the popup', async () => {
    await turnOn();
    await logReading(report('central', 'https://news.example/first'), false, 1);
    mock.browser.storage.local.set = vi.fn(async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    await logReading(report('central', 'https://news.example/second'), false, 2);
    expect((await readLog()).entries.map((entry) => entry.url)).toEqual(['https://news.example/first']);
    expect(session.get('readingLogFailure')).toEqual({
      url: 'https://news.example/second',
      error: 'QUOTA_BYTES quota exceeded',
    });
  });
});
