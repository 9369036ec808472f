// Hands over what public/popup/early.js asked for before the modules loaded, each answer once.
import type { PageReport, Result } from '../src/messaging/protocol';
import { hasSiteAccess } from './data/site-access';
import type { TabState } from './data/use-tab';

interface EarlyRequests {
  tabId: Promise<number | null>;
  tabUrl: Promise<string | null>;
  report: Promise<Result<PageReport | null> | null | undefined>;
  /** permissions.contains for every web page (read only in Firefox, see data/site-access.ts). */
  access: Promise<boolean> | undefined;
  storedDigests: Promise<Record<string, unknown>> | undefined;
  files: Record<string, Promise<string> | undefined>;
}

const early = (globalThis as { kazakhstanLensEarly?: EarlyRequests }).kazakhstanLensEarly;
let tabTaken = false;

/** The tab the popup describes, as early.js asked for it; null where that script did not run. A failed
 *  request rejects, and the popup then asks again the usual way. */
export function takeEarlyTab(): { tabId: Promise<number | null>; state: Promise<TabState> } | null {
  if (!early || tabTaken) return null;
  tabTaken = true;
  const access = __TARGET__ === 'firefox' && early.access ? early.access.catch(() => false) : hasSiteAccess();
  const state = Promise.all([early.tabId, early.tabUrl, early.report, access]).then(
    ([tabId, url, result, access]): TabState => {
      if (tabId === null) return { tabId: -1, url: null, report: null, access };
      if (!result?.ok) throw new Error(result ? result.error : 'the worker did not answer "tab-report"');
      return { tabId, url, report: result.value, access };
    },
  );
  return { tabId: early.tabId, state };
}

/** A data file's text, if early.js already asked for it. */
export function takeEarlyFile(path: string): Promise<string> | undefined {
  const file = early?.files[path];
  if (early) early.files[path] = undefined;
  return file;
}

/** What storage.local held under the user digests' key, if early.js already asked. */
export function takeEarlyStoredDigests(): Promise<Record<string, unknown>> | undefined {
  const stored = early?.storedDigests;
  if (early) early.storedDigests = undefined;
  return stored;
}
