// Launches Chromium with the built extension on a fresh profile, and opens pages and the popup.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../../scripts/lib/chromium';
import { chromiumArgs } from '../../../scripts/lib/chromium-args';
import type { PageReport } from '../../../src/messaging/protocol';

export const DIST = new URL('../../../dist/chrome/', import.meta.url).pathname;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens url in a new tab and waits until the content script has reported (or the page settled). */
  open(url: string, options?: { waitForReport?: boolean }): Promise<{ page: Page; tabId: number }>;
  openPopup(tabId: number, query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(
  options: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const profile = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-profile-'));
  const args = chromiumArgs(DIST);
  if (options.locale) args.push(`--lang=${options.locale}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args,
    locale: options.locale,
    colorScheme: options.colorScheme,
    viewport: { width: 1200, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  // Without the "tabs" permission the worker cannot read tab addresses, so a new page's tab is the one
  // whose id was not there before it opened.
  const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id ?? -1));
  const newTabId = async (before: number[]): Promise<number> => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const fresh = (await tabIds()).filter((id) => !before.includes(id));
      if (fresh.length === 1) return fresh[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('could not tell which tab the new page opened in');
  };

  return {
    context,
    extensionId,
    worker,
    async open(url, { waitForReport: wait = true } = {}) {
      const before = await tabIds();
      const page = await context.newPage();
      const tabId = await newTabId(before);
      await page.goto(url);
      if (wait) await waitForReport(worker, tabId);
      return { page, tabId };
    },
    async openPopup(tabId, query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup/index.html?tab=${tabId}${query}`);
      await page.locator('[data-verdict]').first().waitFor({ timeout: 15_000 });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the worker holds a report for the tab. */
export async function waitForReport(worker: Worker, tabId: number, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const has = await worker.evaluate(
      async (key) => Boolean((await chrome.storage.session.get(key))[key]),
      `tab:${tabId}`,
    );
    if (has) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the content script did not report on tab ${tabId} within ${timeout} ms`);
}

export async function reportOf(worker: Worker, tabId: number): Promise<PageReport | null> {
  return worker.evaluate(
    async (key) => ((await chrome.storage.session.get(key))[key] as PageReport | undefined) ?? null,
    `tab:${tabId}`,
  );
}
