// The private reading log as data: what one entry holds, and how the log changes (record, forget, the limit).
// No storage here: src/reading-log keeps it in the browser, the worker records, the popup reads and forgets.

/** One page the reader read that was judged about Kazakhstan. */
export interface LogEntry {
  /** The page's address, without its fragment: one entry per address. */
  url: string;
  title: string;
  outlet: string | null;
  /** The article's own date (YYYY-MM-DD), when the page says it. */
  published: string | null;
  /** The names the page's reading found, most frequent first. */
  entities: LoggedEntity[];
  verdict: 'central';
  /** When it was read (ms since 1970): the last reading of the address. */
  readAt: number;
}

export interface LoggedEntity {
  id: string;
  /** The knowledge base's name; the id where the worker could not name it. */
  name: string;
  count: number;
}

export interface ReadingLog {
  version: 1;
  /** Oldest first. */
  entries: LogEntry[];
  /** How many entries the limit has pushed out so far, to tell the reader. */
  dropped: number;
}

/** The latest this many pages are kept; the oldest go first. About a year of three articles a day, and at
 *  the bounds below under 3 MB of the browser's 10 MB for the extension. */
export const LOG_LIMIT = 1000;
/** From here on the reader is told the log is nearly full. */
export const LOG_NEARLY_FULL = 950;

const MAX_TITLE = 300;
const MAX_URL = 2000;
const MAX_NAME = 120;
const MAX_ENTITIES = 30;

export const EMPTY_LOG: ReadingLog = { version: 1, entries: [], dropped: 0 };

/** Anything stored that is not a log reads as an empty one (a newer or broken format loses nothing: it is
 *  only replaced when the reader's next page is recorded). */
export function asLog(stored: unknown): ReadingLog {
  const log = stored as Partial<ReadingLog> | undefined;
  if (log?.version !== 1 || !Array.isArray(log.entries)) return EMPTY_LOG;
  return { version: 1, entries: log.entries, dropped: Number.isInteger(log.dropped) ? (log.dropped as number) : 0 };
}

/** The address as the log keys it: the fragment names a place in the page, not another page. */
export function logKey(url: string): string {
  return url.replace(/#.*$/, '');
}

/** The site of an address, as per-site exclusion names it: the host, lower case, without "www.". */
export function siteOf(url: string): string | null {
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url)?.[1];
  return host ? host.toLowerCase().replace(/^www\./, '') : null;
}

/** Whether an address belongs to an excluded site or to one of its subdomains. */
export function isExcluded(url: string, excludedSites: readonly string[]): boolean {
  const site = siteOf(url);
  return site !== null && excludedSites.some((excluded) => site === excluded || site.endsWith(`.${excluded}`));
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface PageFacts {
  url: string;
  title: string;
  outlet: string | null;
  published: string | null;
  entities: readonly LoggedEntity[];
}

/** The entry for a page read now, its fields bounded so that a page cannot fill the browser's storage. */
export function entryOf(page: PageFacts, readAt: number): LogEntry {
  const entities = [...page.entities]
    .filter((entity) => entity.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_ENTITIES)
    .map(({ id, name, count }) => ({ id: clip(id, MAX_NAME), name: clip(name, MAX_NAME), count }));
  return {
    url: logKey(page.url).slice(0, MAX_URL),
    title: clip(page.title.trim(), MAX_TITLE),
    outlet: page.outlet ? clip(page.outlet.trim(), MAX_NAME) : null,
    published: page.published && /^\d{4}-\d{2}-\d{2}$/.test(page.published) ? page.published : null,
    entities,
    verdict: 'central',
    readAt,
  };
}

/** The log with the entry recorded as the newest (an address read again moves up); at the limit the oldest
 *  go, and are counted. */
export function record(log: ReadingLog, entry: LogEntry, limit = LOG_LIMIT): ReadingLog {
  const entries = log.entries.filter((known) => known.url !== entry.url);
  entries.push(entry);
  const over = Math.max(0, entries.length - limit);
  return { version: 1, entries: entries.slice(over), dropped: log.dropped + over };
}

export function forget(log: ReadingLog, url: string): ReadingLog {
  return { ...log, entries: log.entries.filter((entry) => entry.url !== url) };
}

/** Every entry of a site (and its subdomains): what excluding a site forgets. */
export function forgetSite(log: ReadingLog, site: string): ReadingLog {
  return { ...log, entries: log.entries.filter((entry) => !isExcluded(entry.url, [site])) };
}
