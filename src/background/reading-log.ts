// Records a page judged central in the reader's private log, if they turned the log on: only in
// storage.local, never for a private window or an excluded site.
import browser from 'webextension-polyfill';
import { entryOf, isExcluded, type LoggedEntity } from '../core/reading-log/log';
import type { PageReport } from '../messaging/protocol';
import { LOG_FAILURE_KEY, recordEntry } from '../reading-log';
import { loadSettings } from '../settings/settings';
import { entityNames } from './entity-cards';

/** `incognito`: the tab is in a private window, whose reading the browser itself forgets. */
export async function logReading(report: PageReport, incognito: boolean, now = Date.now()): Promise<void> {
  if (report.analysis.verdict !== 'central' || incognito || !/^https?:/i.test(report.url)) return;
  const settings = await loadSettings();
  if (!settings.readingLog || isExcluded(report.url, settings.logExcludedSites)) return;
  const found = [...report.analysis.findings, ...report.analysis.rankingEntities];
  const names = await entityNames(found.map((entity) => entity.id));
  const entities: LoggedEntity[] = found.map(({ id, count }) => ({ id, name: names.get(id) ?? id, count }));
  const title = report.headline || report.title;
  const entry = entryOf({ url: report.url, title, outlet: report.outlet, published: report.published, entities }, now);
  // A refused write (storage full) leaves the log as it was; the popup's log view says so, from session
  // storage, which has room of its own.
  const stored = await recordEntry(entry);
  if (stored.ok) await browser.storage.session?.remove(LOG_FAILURE_KEY);
  else await browser.storage.session?.set({ [LOG_FAILURE_KEY]: { url: entry.url, error: stored.error } });
}
