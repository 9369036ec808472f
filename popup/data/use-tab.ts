// The tab the popup describes: its address from the browser and its report from the worker, asked for at
// once and together, and asked again briefly while a page may still be loading.
import { useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { askWorker } from '../../src/messaging/client';
import type { PageReport } from '../../src/messaging/protocol';
import { hasSiteAccess } from './site-access';

export interface TabState {
  tabId: number;
  /** Null where the browser does not say (the tab is gone). */
  url: string | null;
  report: PageReport | null;
  /** Whether the extension may read web pages: always outside Firefox, where the user can withdraw it. */
  access: boolean;
  /** The browser knows no such tab (closed, or a made-up id). */
  gone?: true;
}

/** `reading`: a web page without a report yet, asked again shortly: the popup says it is being read rather
 *  than why it was not (Firefox reads a page on the click through activeTab, a second or so later). */
export type TabLoad = { state: 'loading' } | { state: 'ready'; tab: TabState; reading: boolean };

const RETRIES = 4;
const RETRY_MS = 750;

/** Never rejects: a worker that cannot answer leaves the tab unread, which the popup explains like any other. */
export async function askTabState(tabId: number | null): Promise<TabState> {
  if (tabId === null) return { tabId: -1, url: null, report: null, access: await hasSiteAccess() };
  let gone: true | undefined;
  const [url, report, access] = await Promise.all([
    browser.tabs.get(tabId).then(
      (tab) => tab.url ?? null,
      () => {
        gone = true;
        return null;
      },
    ),
    askWorker('tab-report', { tabId }).catch(() => null),
    hasSiteAccess(),
  ]);
  return { tabId, url, report, access, gone };
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
      // A web page with no report yet may be one whose content script has not finished: ask again. So may a
      // tab whose address the browser hides (a popup opened without a click has no activeTab), unless the
      // hiding is for want of access (Firefox), which no wait mends.
      const web = tab.url === null ? tab.access && tab.tabId >= 0 && !tab.gone : /^https?:/.test(tab.url);
      const again = !tab.report && web && attempt < RETRIES;
      setLoad({ state: 'ready', tab, reading: again });
      if (again)
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
