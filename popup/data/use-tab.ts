// The worker's report on the tab: asked for at once, and asked again briefly while a page may still be loading.
import { useEffect, useState } from 'preact/hooks';
import { askWorker } from '../../src/messaging/client';
import type { TabState } from '../../src/messaging/protocol';

export type TabLoad = { state: 'loading' } | { state: 'ready'; tab: TabState };

const RETRIES = 4;
const RETRY_MS = 750;

/** Never rejects: a worker that cannot answer leaves the tab unread, which the popup explains like any other. */
export function askTabState(tabId: number | null): Promise<TabState> {
  if (tabId === null) return Promise.resolve({ tabId: -1, url: null, report: null });
  return askWorker('tab-state', { tabId }).catch(() => ({ tabId, url: null, report: null }));
}

/** `first` is the answer main.tsx asked for before anything rendered. */
export function useTabState(first: Promise<TabState>): TabLoad {
  const [load, setLoad] = useState<TabLoad>({ state: 'loading' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const take = (tab: TabState, attempt: number) => {
      if (stopped) return;
      setLoad({ state: 'ready', tab });
      // A web page with no report yet may be one whose content script has not finished: ask again.
      if (!tab.report && /^https?:/.test(tab.url ?? '') && attempt < RETRIES)
        timer = setTimeout(() => void askTabState(tab.tabId).then((next) => take(next, attempt + 1)), RETRY_MS);
    };
    void first.then((tab) => take(tab, 0));
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [first]);
  return load;
}
