// Shared steps of the reading log's and the digest composer's end-to-end tests.
import type { Page } from 'playwright-core';
import type { ReadingLog } from '../../src/core/reading-log/log';
import type { ExtensionBrowser } from './support/extension';

export const storedLog = (browser: ExtensionBrowser): Promise<ReadingLog | null> =>
  browser.worker.evaluate(
    async () => ((await chrome.storage.local.get('readingLog')).readingLog as ReadingLog) ?? null,
  );

/** Opens My reading from the popup's top bar. */
export async function openReadingView(popup: Page): Promise<void> {
  await popup.locator('[data-action="my-reading"]').click();
  await popup.locator('.reading-view input[name="reading-log"]').waitFor();
}

/** Fills storage.local up to its quota (10 MB) with one value, leaving less than `room` bytes; the caller
 *  removes it with `freeStorage`. */
export async function fillStorage(browser: ExtensionBrowser, room: number): Promise<void> {
  await browser.worker.evaluate(async (left) => {
    let size = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null)) - left;
    while (size > 0) {
      try {
        await chrome.storage.local.set({ filler: 'x'.repeat(size) });
        return;
      } catch {
        size -= 256;
      }
    }
  }, room);
}

export const freeStorage = (browser: ExtensionBrowser) =>
  browser.worker.evaluate(() => chrome.storage.local.remove('filler'));
