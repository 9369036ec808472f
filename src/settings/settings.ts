// The reader's settings, kept in storage.local and read by every context.
import browser from 'webextension-polyfill';

/** The colours a page shows: companies share the organisation colour, peoples the place colour. */
export const HIGHLIGHT_KINDS = ['person', 'place', 'organisation', 'project', 'event'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface Settings {
  highlights: boolean;
  /** Hostnames where highlights are off. */
  disabledSites: string[];
  kinds: Record<HighlightKind, boolean>;
  /** The private reading log (src/reading-log): off until the reader turns it on. */
  readingLog: boolean;
  /** Sites (hostnames without "www.", subdomains included) whose pages the log never records. */
  logExcludedSites: string[];
  /** For tests of the fallback path: paint by wrapping even where the Highlight API exists. */
  debugWrapPainter?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  disabledSites: [],
  kinds: { person: true, place: true, organisation: true, project: true, event: true },
  readingLog: false,
  logExcludedSites: [],
};

const KEY = 'settings';

export function highlightKindOf(entityKind: string): HighlightKind {
  if (entityKind === 'company') return 'organisation';
  if (entityKind === 'group') return 'place';
  return (HIGHLIGHT_KINDS as readonly string[]).includes(entityKind) ? (entityKind as HighlightKind) : 'place';
}

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored, kinds: { ...DEFAULT_SETTINGS.kinds, ...stored?.kinds } };
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with the new settings whenever any context changes them; stops when signal aborts. */
export function watchSettings(signal: AbortSignal, onChange: (settings: Settings) => void): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

export function highlightsOnFor(settings: Settings, hostname: string): boolean {
  return settings.highlights && !settings.disabledSites.includes(hostname);
}
