// A stand-in for webextension-polyfill in unit tests: English messages, and storage.local in memory.
import { vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';

const messages: Record<string, { message: string }> = english;

type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

export function createBrowserMock() {
  const store = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const local = {
    get: vi.fn(async (key: string) => (store.has(key) ? { [key]: structuredClone(store.get(key)) } : {})),
    set: vi.fn(async (values: Record<string, unknown>) => {
      const changes: Record<string, { newValue?: unknown; oldValue?: unknown }> = {};
      for (const [key, value] of Object.entries(values)) {
        changes[key] = { oldValue: store.get(key), newValue: structuredClone(value) };
        store.set(key, structuredClone(value));
      }
      for (const listener of listeners) listener(changes, 'local');
    }),
  };
  return {
    store,
    storage: {
      local,
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    i18n: {
      getMessage: (key: string, substitutions: string[] = []) =>
        (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''),
      getUILanguage: () => 'en',
    },
    runtime: { getURL: (path: string) => `chrome-extension://test/${path}`, openOptionsPage: vi.fn() },
    permissions: { contains: vi.fn(async () => true), request: vi.fn(async () => true) },
  };
}
