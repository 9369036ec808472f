// Shared steps of the reading log's and the digest composer's end-to-end tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ReadingLog } from '../../src/core/reading-log/log';
import type { ExtensionBrowser } from './support/extension';
import { waitFor } from './support/page-probes';

export const storedLog = (browser: ExtensionBrowser): Promise<ReadingLog | null> =>
  browser.driver.inExtension(
    async () => ((await chrome.storage.local.get('readingLog')).readingLog as ReadingLog) ?? null,
    null,
  );

/** Opens My reading from the popup's top bar. */
export async function openReadingView(popup: Page): Promise<void> {
  await popup.locator('[data-action="my-reading"]').click();
  await popup.waitForSelector('.reading-view input[name="reading-log"]');
}

/** Ticks every page of My reading's list, as the reader would, one after the other. */
export async function chooseEveryPage(popup: Page): Promise<void> {
  await popup.waitForSelector('[data-log-entry] input[type="checkbox"]');
  for (const box of await popup.$$('[data-log-entry] input[type="checkbox"]')) await box.click();
}

/** The text of a file the browser downloaded into `folder`, once it is whole (the browser writes it under a
 *  temporary name first). */
export function downloaded(folder: string, name: string, complete: (text: string) => boolean): Promise<string> {
  const file = join(folder, name);
  return waitFor(async () => (existsSync(file) ? readFileSync(file, 'utf8') : ''), complete);
}

/** Fills storage.local to its quota (a browser launched with `smallStorage`), until not even `room` more bytes
 *  can be stored: values ever smaller, each refused one halved. The text is random, so that Firefox, which
 *  compresses what it stores, stores all of it. The caller removes them with `freeStorage`. */
export async function fillStorage(browser: ExtensionBrowser, room: number): Promise<void> {
  await browser.driver.inExtension(async (least) => {
    const noise = (length: number) => {
      const bytes = new Uint8Array(length);
      // getRandomValues fills at most 64 KB at a time.
      for (let at = 0; at < length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
      return Array.from(bytes, (byte) => String.fromCharCode(48 + (byte % 75))).join('');
    };
    let count = 0;
    for (let size = 1 << 20; size >= least; ) {
      try {
        await chrome.storage.local.set({ [`filler${count}`]: noise(size) });
        count++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  }, room);
}

/** Removes what `fillStorage` stored, one value at a time: in Firefox, removing them all at once from a full
 *  storage resolves and yet leaves them there (the one transaction has no room to run). */
export const freeStorage = (browser: ExtensionBrowser) =>
  browser.driver.inExtension(async () => {
    const fillers = () =>
      chrome.storage.local.get(null).then((all) => Object.keys(all).filter((key) => key.startsWith('filler')));
    for (const key of await fillers()) await chrome.storage.local.remove(key);
    const left = await fillers();
    if (left.length > 0) throw new Error(`storage.local kept ${left.join(', ')}`);
  }, null);
