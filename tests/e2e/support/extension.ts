// Launches the browser under test (E2E_BROWSER) with the built extension on a fresh profile, and opens
// pages and the popup: the steps every journey shares, written once on top of the driver.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIRST_RUN_KEY } from '../../../src/background/first-run-key';
import { FIRST_LOOK_KEY } from '../../../src/messaging/first-look';
import type { PageReport } from '../../../src/messaging/protocol';
import { CHROME_DIST, launchChromium } from './chromium-driver';
import { BROWSER, type ExtensionDriver, type LaunchOptions } from './driver';
import { FIREFOX_DIST, launchFirefox } from './firefox-driver';
import { waitFor } from './page-probes';

/** The build the browser under test loads. */
export const DIST = BROWSER === 'firefox' ? FIREFOX_DIST : CHROME_DIST;

export interface ExtensionBrowser {
  driver: ExtensionDriver;
  /** Opens url in a new tab and waits until the page has a report (the reader's, or the worker's of a page
   *  the first look turned away). */
  open(url: string, options?: { waitForReport?: boolean }): Promise<{ page: Page; tabId: number }>;
  openPopup(tabId: number, query?: string): Promise<Page>;
  /** The options page, once its importer is there. */
  openOptions(): Promise<Page>;
  report(tabId: number): Promise<PageReport | null>;
  waitForReport(tabId: number, timeout?: number): Promise<void>;
  /** Sends the content script of a tab one of the commands the keyboard shortcuts send. */
  command(tabId: number, type: 'next-mention' | 'toggle-highlights'): Promise<void>;
  /** Writes the reader's settings as the popup would (null: back to defaults). */
  setSettings(settings: Record<string, unknown> | null): Promise<void>;
  close(): Promise<void>;
}

/** `name`: the browser to launch, the one under test unless said (the bench launches both). */
export async function launchExtension(options: LaunchOptions = {}, name = BROWSER): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? (name === 'firefox' ? FIREFOX_DIST : CHROME_DIST);
  const build = name === 'firefox' ? 'npm run build:firefox' : 'npm run build';
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`${build}\` first`);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'kazakhstan-lens-profile-'));
  const launch = name === 'firefox' ? launchFirefox : launchChromium;
  const driver = await launch(profile, options);
  const { inExtension } = driver;
  // On a new profile the extension opens its first-run page once, in a tab of its own: wait for it, so it is
  // not taken for the tab of the next page a journey opens.
  await waitFor(
    () => inExtension(async (key) => Boolean((await chrome.storage.local.get(key))[key]), FIRST_RUN_KEY),
    (shown) => shown,
    15_000,
  );

  // Without the "tabs" permission the extension cannot always read tab addresses, so a new page's tab is
  // the one whose id was not there before it opened.
  const tabIds = () => inExtension(async () => (await chrome.tabs.query({})).map((tab) => tab.id ?? -1), null);
  const newTabId = async (before: number[]): Promise<number> => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const fresh = (await tabIds()).filter((id) => !before.includes(id));
      if (fresh.length === 1) return fresh[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('could not tell which tab the new page opened in');
  };
  // The reader's report as stored; a page whose first look found no name has none stored, and is then
  // given the worker's verdict for such a page (src/background/first-look.ts), which the popup journeys
  // check through the popup itself. (The worker cannot message itself, where Chromium runs this.)
  const report = (tabId: number) =>
    inExtension(
      async ([id, key, lookKey]) => {
        const stored = (await chrome.storage.session.get(key))[key] as PageReport | undefined;
        if (stored) return stored;
        const [looked] = await chrome.scripting
          .executeScript({
            target: { tabId: id, frameIds: [0] },
            // An element of an array, not a named property: the bench's transform (tsx) would give a named
            // function a name helper that the worker does not have.
            func: [
              (name: string) => {
                const look = (globalThis as unknown as Record<string, { url: string; mayHoldNames: boolean }>)[name];
                return look?.url === location.href ? { url: look.url, mayHoldNames: look.mayHoldNames } : null;
              },
            ][0],
            args: [lookKey],
          })
          .catch(() => []);
        const look = looked?.result as { mayHoldNames: boolean; url: string } | null | undefined;
        if (!look || look.mayHoldNames) return null;
        return { url: look.url, analysis: { verdict: 'none', findings: [] }, highlighted: 0 } as unknown as PageReport;
      },
      [tabId, `tab:${tabId}`, FIRST_LOOK_KEY] as const,
    );
  const waitForReport = async (tabId: number, timeout = 15_000) => {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      if (await report(tabId)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the content script did not report on tab ${tabId} within ${timeout} ms`);
  };

  return {
    driver,
    async open(url, { waitForReport: wait = true } = {}) {
      const before = await tabIds();
      const page = await driver.newPage();
      const tabId = await newTabId(before);
      await page.goto(url);
      if (wait) await waitForReport(tabId);
      return { page, tabId };
    },
    openPopup: (tabId, query = '') =>
      driver.openExtensionPage(`popup/index.html?tab=${tabId}${query}`, '[data-verdict]'),
    openOptions: () => driver.openExtensionPage('popup/options.html', '#import-file'),
    report,
    waitForReport,
    async command(tabId, type) {
      await inExtension(([id, command]) => chrome.tabs.sendMessage(id, { type: command }), [tabId, type] as const);
    },
    async setSettings(settings) {
      await inExtension(async (value) => {
        if (value === null) await chrome.storage.local.remove('settings');
        else await chrome.storage.local.set({ settings: value });
      }, settings);
    },
    async close() {
      await driver.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
