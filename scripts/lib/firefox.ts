// Finds Firefox (Debian's firefox-esr first), or fails with one line that says how to get one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `FIREFOX_PATH is ${fromEnv}, which does not exist. Install Firefox: apt-get install -y firefox-esr`,
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error('No Firefox found (FIREFOX_PATH, /usr/bin/firefox-esr). Install it: apt-get install -y firefox-esr');
}

/** The add-on id the Firefox build declares (manifest.firefox.json). */
export const GECKO_ID = 'kazakhstan-lens@kazakhstan-lens.org';

/** The extension's internal UUID, fixed through a pref so its pages have a known address. */
export const FIREFOX_UUID = '6f1c5a2e-6c1b-4d3e-9a0f-2b7d4c8e1a01';

/** Prefs every launch of Firefox with the extension sets (tests, bench). */
export function firefoxPrefs(options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}) {
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    // The extension's storage outlives the temporary add-on that each launch installs again, as it outlives
    // an installed add-on's restart: what the restart and update journeys rely on.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    // Firefox's own calls home (remote settings, hundreds of them a minute): pointed nowhere, as Mozilla's
    // test harnesses do, so the privacy journey sees only what pages and the extension ask for.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
  if (options.locale) {
    prefs['intl.locale.requested'] = options.locale;
    prefs['intl.accept_languages'] = options.locale;
  }
  // 0: dark, 1: light (the content's prefers-color-scheme, whatever the toolkit says).
  if (options.colorScheme)
    prefs['layout.css.prefers-color-scheme.content-override'] = options.colorScheme === 'dark' ? 0 : 1;
  return prefs;
}
