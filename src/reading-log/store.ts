// The reading log in storage.local, under one key: recorded by the worker, read and pruned by the popup.
// Every change is one read-change-write under a Web Lock, and one set(): a refused write (storage full)
// leaves the log exactly as it was.
import browser from 'webextension-polyfill';
import { asLog, EMPTY_LOG, forget, forgetSite, type LogEntry, type ReadingLog, record } from '../core/reading-log/log';
import { exclusively, type StoreResult, storeFailure } from '../storage/lock';
import { watchStored } from '../storage/watch';

export const READING_LOG_KEY = 'readingLog';
/** In storage.session: the last page the log could not record, and why (storage full). */
export const LOG_FAILURE_KEY = 'readingLogFailure';

export interface LogFailure {
  url: string;
  error: string;
}

export async function lastLogFailure(): Promise<LogFailure | null> {
  const stored = (await browser.storage.session?.get(LOG_FAILURE_KEY))?.[LOG_FAILURE_KEY] as LogFailure | undefined;
  return stored ?? null;
}
const LOCK = 'kazakhstan-lens-reading-log';

export async function readLog(): Promise<ReadingLog> {
  return asLog((await browser.storage.local.get(READING_LOG_KEY))[READING_LOG_KEY]);
}

async function change(step: (log: ReadingLog) => ReadingLog): Promise<StoreResult<ReadingLog>> {
  try {
    return await exclusively(LOCK, async () => {
      const next = step(await readLog());
      await browser.storage.local.set({ [READING_LOG_KEY]: next });
      return { ok: true as const, value: next };
    });
  } catch (error) {
    return storeFailure(error);
  }
}

export const recordEntry = (entry: LogEntry) => change((log) => record(log, entry));
export const forgetEntry = (url: string) => change((log) => forget(log, url));
export const forgetSiteEntries = (site: string) => change((log) => forgetSite(log, site));
/** Forgets every entry, and the count of those the limit pushed out. */
export const forgetAll = () => change(() => EMPTY_LOG);

/** Calls back with the log whenever any context changes it; stops when signal aborts. */
export function watchLog(signal: AbortSignal, onChange: (log: ReadingLog) => void): void {
  watchStored(READING_LOG_KEY, signal, (value) => onChange(asLog(value)));
}
