// Composing a digest from the reading log: choose pages, write each summary against its word count, export as
// digest JSON (which the options page imports again with nothing lost) and as Markdown; drafts kept as they
// are typed, through a closed popup, two windows, a full storage and a browser restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Digest } from '../../src/core/dataset/schema';
import type { Draft } from '../../src/core/reading-log/compose';
import type { ReadingLog } from '../../src/core/reading-log/log';
import { screenshot, seriousViolations } from './popup-helpers';
import {
  chooseEveryPage,
  downloaded,
  fillStorage,
  freeStorage,
  openReadingView,
  storedLog as storedLogOf,
} from './reading-helpers';
import { attrOf, clickButton, countOf, fieldValue, fill, textOf } from './support/dom';
import { BROWSER } from './support/driver';
import { type ExtensionBrowser, launchExtension } from './support/extension';

const KASPI = '/fixtures/pages/popup-central.html';
const KASPI_TOO = '/fixtures/corpus/en/central-kaspi-nasdaq-debut-super-app.html';
const words = (n: number, word = 'listing') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const SUMMARY_ONE =
  'Kaspi.kz, the payments and shopping group from Almaty, began trading on the Nasdaq in New York; the first day was calm, and its founder spoke of long-term owners rather than a quick gain.';
const SUMMARY_TWO =
  'The fintech group sold shares worth about one billion dollars as it moved its main listing to New York, where analysts weighed its fast growth at home against a market close to Russia.';
const ITEM = '.compose-view [data-compose-item]';

const downloads = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-downloads-'));
let browser: ExtensionBrowser;
let server: FixtureServer;
let tabId: number;

beforeAll(async () => {
  server = await startFixtureServer();
  // storage.local held to 10 MB in both browsers, so that it can be filled.
  browser = await launchExtension({ downloads, smallStorage: true });
  await browser.setSettings({ readingLog: true });
  for (const path of [KASPI, KASPI_TOO]) ({ tabId } = await browser.open(server.url(path)));
  // The worker records each page once its report is in.
  for (let wait = 0; wait < 50 && (await storedLog())?.entries.length !== 2; wait++)
    await new Promise((resolve) => setTimeout(resolve, 100));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const storedLog = () => storedLogOf(browser);
const storedDrafts = (): Promise<Draft[]> =>
  browser.driver.inExtension(
    async () => ((await chrome.storage.local.get('digestDrafts')).digestDrafts as Draft[]) ?? [],
    null,
  );

/** The compose view's item for the page at `path`. */
const itemOf = (path: string) => `[data-compose-item="${server.url(path)}"]`;

/** A popup on the draft's compose view, opened from My reading's list of drafts. */
async function openDraft(id: string): Promise<Page> {
  const popup = await browser.openPopup(tabId);
  await openReadingView(popup);
  await popup.locator(`[data-draft="${id}"] button`).click();
  await popup.waitForSelector(ITEM);
  return popup;
}

/** Clicks an export button, and reads the file the browser saved. */
async function exported(popup: Page, action: string, name: string, complete: (text: string) => boolean) {
  await popup.locator(`[data-action="${action}"]`).click();
  return downloaded(downloads, name, complete);
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('composing a digest from the log', () => {
  it('exports the pages chosen as digest JSON that imports again unchanged, and as Markdown', async () => {
    const popup = await browser.openPopup(tabId);
    await openReadingView(popup);
    expect(await attrOf(popup, '[data-action="compose-digest"]', 'disabled')).not.toBeNull();
    await chooseEveryPage(popup);
    await popup.locator('[data-action="compose-digest"]').click();
    await popup.waitForSelector(ITEM);
    expect(await countOf(popup, ITEM)).toBe(2);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.setViewport({ width: 400, height: 600 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const one = itemOf(KASPI);
    expect(await fieldValue(popup, `${one} input[name="headline"]`)).toBe('Kaspi.kz shares open on Nasdaq below hopes');
    expect(await fieldValue(popup, `${one} input[name="outlet"]`)).toBe('Example Business Daily');

    // Listed as My reading lists them: the page read last first.
    const two = itemOf(KASPI_TOO);
    expect(await attrOf(popup, ITEM, 'data-compose-item')).toBe(server.url(KASPI_TOO));

    // Too short a summary is counted and refused, with every problem named.
    await fill(popup, `${one} textarea[name="summary"]`, words(20));
    await expect.poll(() => textOf(popup, `${one} .word-count`)).toBe('Words: 20 (write 25–70)');
    await popup.locator('[data-action="export-digest-json"]').click();
    await popup.waitForSelector('[data-compose-problems]');
    const problems = await textOf(popup, '[data-compose-problems]');
    expect(problems).toContain('Name the publisher.');
    expect(problems).toContain('Item 1: the summary has 0 words; write 25–70.');
    expect(problems).toContain('Item 2: the summary has 20 words; write 25–70.');

    await fill(popup, 'input[name="title"]', 'Kaspi goes to New York');
    await fill(popup, 'input[name="publisher"]', 'Steppe Review Desk');
    await fill(popup, 'input[name="date"]', '2024-01-26');
    await fill(popup, `${one} textarea[name="summary"]`, SUMMARY_ONE);
    await expect.poll(() => attrOf(popup, `${one} .word-count`, 'class')).toContain('word-count-fits');
    await fill(popup, `${two} textarea[name="summary"]`, SUMMARY_TWO);
    await fill(popup, `${two} input[name="outlet"]`, 'FinTech Frontier');
    // A topic for each item where none was suggested from its headline.
    for (const item of [one, two]) {
      await popup.locator(`${item} .compose-topics summary`).click();
      await popup.locator(`${item} input[name="topic-finance"]`).click();
    }

    // The problems go as they are fixed.
    await expect.poll(() => countOf(popup, '[data-compose-problems]')).toBe(0);
    const name = 'kazakhstan-lens-steppe-review-desk-2024-01-26';
    const json = await exported(popup, 'export-digest-json', `${name}.json`, isJson);
    await popup.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await screenshot(popup, 'popup-compose', { whole: false, height: 700 });
    const digest = JSON.parse(json) as Digest;
    expect(digest).toMatchObject({
      id: 'steppe-review-desk-2024-01-26',
      publisher: 'Steppe Review Desk',
      title: 'Kaspi goes to New York',
      date: '2024-01-26',
      month: '2024-01',
      url: null,
    });
    expect(digest.items[1]).toMatchObject({
      headline: 'Kaspi.kz shares open on Nasdaq below hopes',
      outlet: 'Example Business Daily',
      published: '2024-01-22',
      summary: SUMMARY_ONE,
      url: server.url(KASPI),
    });
    expect(digest.items[1].entities).toEqual(expect.arrayContaining(['Kaspi.kz', 'Nasdaq']));
    expect(digest.items[1].topics).toContain('finance');

    // Another reader imports the file through the options page, and has the very digest.
    const options = await browser.openOptions();
    const input = (await options.$('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(downloads, `${name}.json`));
    await options.waitForSelector('[data-preview-counts]');
    expect(await textOf(options, '[data-preview-counts]')).toContain('Digests: 1 · items: 2');
    await clickButton(options, 'Add to your digests');
    await options.waitForSelector('[data-import-message="done"]');
    const imported = await browser.driver.inExtension(
      async () => (await chrome.storage.local.get('userDigests')).userDigests as Digest[],
      null,
    );
    expect(imported).toEqual([digest]);

    // Back to the popup, behind the options page: input to a hidden tab waits for a frame it never draws.
    await popup.bringToFront();
    const markdown = await exported(popup, 'export-digest-markdown', `${name}.md`, (text) => text.endsWith('\n'));
    expect(markdown).toContain('# Kaspi goes to New York\n\n*Steppe Review Desk · Jan 26, 2024*');
    expect(markdown).toContain(`## [Kaspi.kz shares open on Nasdaq below hopes](${server.url(KASPI)})`);
    expect(markdown).toContain('*Example Business Daily · Jan 22, 2024*');
    expect(markdown).toContain(SUMMARY_ONE);
  });

  it('keeps each edit when the popup closes, and two windows editing one draft both keep theirs', async () => {
    const [draft] = await storedDrafts();
    const one = await openDraft(draft.id);
    await fill(one, 'input[name="title"]', 'Kaspi in New York');
    // As soon as the change is stored (a reader cannot close the popup faster), closing loses nothing.
    await one.waitForSelector('[data-draft-saved="saved"]');
    await one.close();
    const two = await openDraft(draft.id);
    expect(await fieldValue(two, 'input[name="title"]')).toBe('Kaspi in New York');

    const three = await openDraft(draft.id);
    const summary = (path: string) => `${itemOf(path)} textarea[name="summary"]`;
    await Promise.all([
      fill(two, summary(KASPI), words(30, 'first')),
      fill(three, summary(KASPI_TOO), words(30, 'second')),
    ]);
    await expect
      .poll(async () => (await storedDrafts())[0].items.map((item) => item.summary))
      .toEqual([words(30, 'second'), words(30, 'first')]);
    // Each window shows the other's edit too, once the reader looks at it (Firefox runs a background tab's
    // timers late, and Preact's effects wait for one).
    await two.bringToFront();
    await expect.poll(() => fieldValue(two, summary(KASPI_TOO))).toBe(words(30, 'second'));
    await three.bringToFront();
    await expect.poll(() => fieldValue(three, summary(KASPI))).toBe(words(30, 'first'));
  });

  it('with the browser’s storage full, keeps the text on screen, says it is not saved, and saves it later', async () => {
    const [draft] = await storedDrafts();
    const popup = await openDraft(draft.id);
    await fillStorage(browser, 16);
    const title = 'input[name="title"]';
    const long = 'A long title that no longer fits in the storage of the browser '.repeat(3);
    try {
      await fill(popup, title, long);
      await popup.waitForSelector('[data-draft-saved="failed"]');
      expect(await textOf(popup, '[data-draft-saved="failed"]')).toContain('Not saved');
      expect(await fieldValue(popup, title)).toBe(long);
      expect((await storedDrafts())[0].title).toBe('Kaspi in New York');
    } finally {
      await freeStorage(browser);
    }
    await fill(popup, title, `${long}!`);
    if (BROWSER === 'firefox') {
      // Firefox's storage.local (IndexedDB underneath) refuses the one write after a refused one, room or not,
      // with "An unexpected error occurred", and takes the next: the text stays on screen, as above.
      await expect.poll(() => textOf(popup, '[data-draft-saved="failed"]')).toContain('unexpected error');
      expect((await storedDrafts())[0].title).toBe('Kaspi in New York');
      await fill(popup, title, `${long}!!`);
    }
    await expect.poll(async () => (await storedDrafts())[0].title).toMatch(/^A long title .*!$/);
  });
});

describe('after a browser restart', () => {
  it('still has the draft, as it was typed', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-drafts-'));
    const log: ReadingLog = {
      version: 1,
      dropped: 0,
      entries: [
        {
          url: 'https://news.example/kaspi',
          title: 'Kaspi lists in New York',
          outlet: 'News Example',
          published: '2024-01-20',
          entities: [{ id: 'kaspi-kz', name: 'Kaspi.kz', count: 3 }],
          verdict: 'central',
          readAt: Date.UTC(2024, 0, 20),
        },
      ],
    };
    const openPopup = (on: ExtensionBrowser) =>
      on.driver.openExtensionPage('popup/index.html?tab=999999', '[data-verdict]');
    try {
      const first = await launchExtension({ profile });
      try {
        await first.driver.inExtension((seed) => chrome.storage.local.set({ readingLog: seed }), log);
        const popup = await openPopup(first);
        await openReadingView(popup);
        await chooseEveryPage(popup);
        await popup.locator('[data-action="compose-digest"]').click();
        await popup.waitForSelector('textarea[name="summary"]');
        await fill(popup, 'textarea[name="summary"]', words(30, 'kept'));
        await popup.waitForSelector('[data-draft-saved="saved"]');
      } finally {
        await first.close();
      }

      const second = await launchExtension({ profile });
      try {
        const again = await openPopup(second);
        await openReadingView(again);
        await again.locator('[data-draft] button').click();
        await again.waitForSelector('textarea[name="summary"]');
        expect(await fieldValue(again, 'textarea[name="summary"]')).toBe(words(30, 'kept'));
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
