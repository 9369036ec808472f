// public/popup/early.js is plain JavaScript that the build copies as it is: this runs it against a stand-in
// extension API and checks that it asks for what the popup's modules then take, under the same names.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import type { WorkerMessage } from '../../../src/messaging/protocol';
import { USER_DIGESTS_KEY } from '../../../src/user-digests/store';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const source = readFileSync(new URL('../../../public/popup/early.js', import.meta.url), 'utf8');

function runEarly(search: string, reply: unknown) {
  const sent: WorkerMessage[] = [];
  const fetched: string[] = [];
  const storageKeys: unknown[] = [];
  const api = {
    tabs: {
      get: async (id: number) => ({ id, url: `https://news.example/${id}` }),
      query: async () => [{ id: 9 }],
    },
    runtime: {
      sendMessage: async (message: WorkerMessage) => {
        sent.push(message);
        return reply;
      },
    },
    permissions: { contains: async () => true },
    storage: {
      local: {
        get: async (key: unknown) => {
          storageKeys.push(key);
          return { [USER_DIGESTS_KEY]: [] };
        },
      },
    },
  };
  const context: Record<string, unknown> = {
    chrome: api,
    location: { search },
    URLSearchParams,
    Number,
    Promise,
    Object,
    fetch: async (path: string) => {
      fetched.push(path);
      return new Response(`text of ${path}`);
    },
  };
  context.globalThis = context;
  runInNewContext(source, context);
  return { early: context.kazakhstanLensEarly, sent, fetched, storageKeys };
}

async function loadEarlyModule(early: unknown) {
  vi.resetModules();
  vi.stubGlobal('kazakhstanLensEarly', early);
  const module = await import('../../../popup/early');
  vi.unstubAllGlobals();
  return module;
}

describe('early requests', () => {
  it('asks for the tab given in the address, its report, the user digests and the first render’s files', async () => {
    const report = { url: 'https://news.example/4' };
    const { early, sent, fetched, storageKeys } = runEarly('?tab=4', { ok: true, value: report });
    const { takeEarlyTab, takeEarlyFile, takeEarlyStoredDigests } = await loadEarlyModule(early);
    const tab = takeEarlyTab();
    expect(await tab?.state).toEqual({ tabId: 4, url: 'https://news.example/4', report, access: true });
    expect(sent).toEqual([{ type: 'tab-report', tabId: 4 }]);
    expect(storageKeys).toEqual([USER_DIGESTS_KEY]);
    expect(await takeEarlyStoredDigests()).toEqual({ [USER_DIGESTS_KEY]: [] });
    // popup/data/load.ts asks by these paths; each answer is handed over once.
    expect(await takeEarlyFile('data/dataset.json')).toBe('text of /data/dataset.json');
    // The search index only once the first render's two files are in.
    expect(await takeEarlyFile('data/search-index.json')).toBe('text of /data/search-index.json');
    expect(fetched.slice(0, 2).sort()).toEqual(['/data/dataset.json', '/data/ranking.json']);
    expect(fetched.slice(2)).toEqual(['/data/search-index.json']);
    expect(takeEarlyFile('data/dataset.json')).toBeUndefined();
    expect(takeEarlyTab()).toBeNull();
  });

  it('describes the active tab when the address names none', async () => {
    const { early, sent } = runEarly('', { ok: true, value: null });
    const { takeEarlyTab } = await loadEarlyModule(early);
    expect(await takeEarlyTab()?.state).toEqual({
      tabId: 9,
      url: 'https://news.example/9',
      report: null,
      access: true,
    });
    expect(sent).toEqual([{ type: 'tab-report', tabId: 9 }]);
  });

  it('rejects when the worker fails, so the popup asks again itself', async () => {
    const { early } = runEarly('?tab=4', { ok: false, error: 'restarting' });
    const { takeEarlyTab } = await loadEarlyModule(early);
    await expect(takeEarlyTab()?.state).rejects.toThrow('restarting');
  });

  it('hands over nothing where the early script did not run (the dev server)', async () => {
    const { takeEarlyTab, takeEarlyFile, takeEarlyStoredDigests } = await loadEarlyModule(undefined);
    expect(takeEarlyTab()).toBeNull();
    expect(takeEarlyFile('data/dataset.json')).toBeUndefined();
    expect(takeEarlyStoredDigests()).toBeUndefined();
  });
});
