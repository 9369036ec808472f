// The tab the popup describes: its address from the browser and its report from the worker, asked for at
// once and together, and asked again briefly while a page may still be loading.
import { useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { askWorker } from '../../src/messaging/client';
import type { PageReport } from '../../src/messaging/protocol';

export interface TabState {
  tabId: number;
  /** Null where the browser does not say (the tab is gone). */
  url: string | null;
  report: PageReport | null;
}

export type TabLoad = { state: 'loading' } | { state: 'ready'; tab: TabState };

const RETRIES = 4;
const RETRY_MS = 750;

/** Never rejects: a worker that cannot answer leaves the tab unread, which the popup explains like any other. */
export async function askTabState(tabId: number | null): Promise<TabState> {
  if (tabId === null) return { tabId: -1, url: null, report: null };
  const [url, report] = await Promise.all([
    browser.tabs.get(tabId).then(
      (tab) => tab.url ?? null,
      () => null,
    ),
    askWorker('tab-report', { tabId }).catch(() => null),
  ]);
  return { tabId, url, report };
}

/** `first` is the answer main.tsx asked for before anything rendered. */
export function useTabState(first: Promise<TabState>): TabLoad {
  const [load, setLoad] = useState<TabLoad>({ state: 'loading' });
  // A layout effect, so the answer is awaited from the first commit on: an effect would start only after
  // the first frame, and the verdict would wait a frame for nothing.
  useLayoutEffect(() => {
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
