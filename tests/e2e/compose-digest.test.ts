// Composing a digest from the reading log in Chromium: choose pages, write each summary against its word
// count, export as digest JSON (which the options page imports again with nothing lost) and as Markdown;
// drafts kept as they are typed, through a closed popup, two windows, a full storage and a browser restart.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Digest } from '../../src/core/dataset/schema';
import type { Draft } from '../../src/core/reading-log/compose';
import type { ReadingLog } from '../../src/core/reading-log/log';
import { launchOnProfile, screenshot, seriousViolations } from './popup-helpers';
import { fillStorage, freeStorage, openReadingView, storedLog as storedLogOf } from './reading-helpers';
import { type ExtensionBrowser, launchExtension, waitForReport } from './support/extension';

const KASPI = '/fixtures/pages/popup-central.html';
const KASPI_TOO = '/fixtures/corpus/en/central-kaspi-nasdaq-debut-super-app.html';
const words = (n: number, word = 'listing') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const SUMMARY_ONE =
  'Kaspi.kz, the payments and shopping group from Almaty, began trading on the Nasdaq in New York; the first day was calm, and its founder spoke of long-term owners rather than a quick gain.';
const SUMMARY_TWO =
  'The fintech group sold shares worth about one billion dollars as it moved its main listing to New York, where analysts weighed its fast growth at home against a market close to Russia.';

let browser: ExtensionBrowser;
let server: FixtureServer;
let tabId: number;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
  await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { readingLog: true } }));
  for (const path of [KASPI, KASPI_TOO]) {
    const opened = await browser.open(server.url(path));
    await waitForReport(browser.worker, opened.tabId);
    tabId = opened.tabId;
  }
  // The worker records each page once its report is in.
  for (let wait = 0; wait < 50 && (await storedLog())?.entries.length !== 2; wait++)
    await new Promise((resolve) => setTimeout(resolve, 100));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const storedLog = () => storedLogOf(browser);
const storedDrafts = (): Promise<Draft[]> =>
  browser.worker.evaluate(async () => ((await chrome.storage.local.get('digestDrafts')).digestDrafts as Draft[]) ?? []);

/** A popup on the draft's compose view, opened from My reading's list of drafts. */
async function openDraft(id: string): Promise<Page> {
  const popup = await browser.openPopup(tabId);
  await openReadingView(popup);
  await popup.locator(`[data-draft="${id}"] button`).first().click();
  await popup.locator('.compose-view [data-compose-item]').first().waitFor();
  return popup;
}

async function download(popup: Page, action: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    popup.waitForEvent('download'),
    popup.locator(`[data-action="${action}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('composing a digest from the log', () => {
  it('exports the pages chosen as digest JSON that imports again unchanged, and as Markdown', async () => {
    const popup = await browser.openPopup(tabId);
    await openReadingView(popup);
    await popup.locator('[data-action="compose-digest"]').isDisabled();
    for (const box of await popup.locator('[data-log-entry] input[type="checkbox"]').all()) await box.check();
    await popup.locator('[data-action="compose-digest"]').click();
    const items = popup.locator('.compose-view [data-compose-item]');
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(2);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect(popup.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(400);
    const one = popup.locator(`[data-compose-item="${server.url(KASPI)}"]`);
    await expect(one.locator('input[name="headline"]').inputValue()).resolves.toBe(
      'Kaspi.kz shares open on Nasdaq below hopes',
    );
    await expect(one.locator('input[name="outlet"]').inputValue()).resolves.toBe('Example Business Daily');

    // Listed as My reading lists them: the page read last first.
    const two = popup.locator(`[data-compose-item="${server.url(KASPI_TOO)}"]`);
    await expect(items.first().getAttribute('data-compose-item')).resolves.toBe(server.url(KASPI_TOO));

    // Too short a summary is counted and refused, with every problem named.
    await one.locator('textarea[name="summary"]').fill(words(20));
    await expect(one.locator('.word-count').textContent()).resolves.toBe('Words: 20 (write 25–70)');
    await popup.locator('[data-action="export-digest-json"]').click();
    const problems = await popup.locator('[data-compose-problems]').textContent();
    expect(problems).toContain('Name the publisher.');
    expect(problems).toContain('Item 1: the summary has 0 words; write 25–70.');
    expect(problems).toContain('Item 2: the summary has 20 words; write 25–70.');

    await popup.locator('input[name="title"]').fill('Kaspi goes to New York');
    await popup.locator('input[name="publisher"]').fill('Steppe Review Desk');
    await popup.locator('input[name="date"]').fill('2024-01-26');
    await one.locator('textarea[name="summary"]').fill(SUMMARY_ONE);
    await expect(one.locator('.word-count').getAttribute('class')).resolves.toContain('word-count-fits');
    await two.locator('textarea[name="summary"]').fill(SUMMARY_TWO);
    await two.locator('input[name="outlet"]').fill('FinTech Frontier');
    // A topic for each item where none was suggested from its headline.
    for (const item of [one, two]) {
      await item.locator('.compose-topics summary').click();
      await item.locator('input[name="topic-finance"]').check();
    }

    // The problems go as they are fixed.
    await expect(popup.locator('[data-compose-problems]').count()).resolves.toBe(0);
    const json = await download(popup, 'export-digest-json');
    expect(json.name).toBe('kazakhstan-lens-steppe-review-desk-2024-01-26.json');
    await popup.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await screenshot(popup, 'popup-compose', { whole: false, height: 700 });
    const exported = JSON.parse(json.text) as Digest;
    expect(exported).toMatchObject({
      id: 'steppe-review-desk-2024-01-26',
      publisher: 'Steppe Review Desk',
      title: 'Kaspi goes to New York',
      date: '2024-01-26',
      month: '2024-01',
      url: null,
    });
    expect(exported.items[1]).toMatchObject({
      headline: 'Kaspi.kz shares open on Nasdaq below hopes',
      outlet: 'Example Business Daily',
      published: '2024-01-22',
      summary: SUMMARY_ONE,
      url: server.url(KASPI),
    });
    expect(exported.items[1].entities).toEqual(expect.arrayContaining(['Kaspi.kz', 'Nasdaq']));
    expect(exported.items[1].topics).toContain('finance');

    // Another reader imports the file through the options page, and has the very digest.
    const path = join(mkdtempSync(join(tmpdir(), 'kazakhstan-lens-export-')), json.name);
    await import('node:fs').then((fs) => fs.writeFileSync(path, json.text));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/popup/options.html`);
    await options.locator('#import-file').setInputFiles(path);
    await expect(options.locator('[data-preview-counts]').textContent()).resolves.toContain('Digests: 1 · items: 2');
    await options.getByRole('button', { name: 'Add to your digests' }).click();
    await options.locator('[data-import-message="done"]').waitFor();
    const imported = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('userDigests')).userDigests as Digest[],
    );
    expect(imported).toEqual([exported]);

    const markdown = await download(popup, 'export-digest-markdown');
    expect(markdown.name).toBe('kazakhstan-lens-steppe-review-desk-2024-01-26.md');
    expect(markdown.text).toContain('# Kaspi goes to New York\n\n*Steppe Review Desk · Jan 26, 2024*');
    expect(markdown.text).toContain(`## [Kaspi.kz shares open on Nasdaq below hopes](${server.url(KASPI)})`);
    expect(markdown.text).toContain('*Example Business Daily · Jan 22, 2024*');
    expect(markdown.text).toContain(SUMMARY_ONE);
  });

  it('keeps each edit when the popup closes, and two windows editing one draft both keep theirs', async () => {
    const [draft] = await storedDrafts();
    const one = await openDraft(draft.id);
    await one.locator('input[name="title"]').fill('Kaspi in New York');
    // As soon as the change is stored (a reader cannot close the popup faster), closing loses nothing.
    await one.locator('[data-draft-saved="saved"]').waitFor();
    await one.close();
    const two = await openDraft(draft.id);
    await expect(two.locator('input[name="title"]').inputValue()).resolves.toBe('Kaspi in New York');

    const three = await openDraft(draft.id);
    const summary = (popup: Page, path: string) =>
      popup.locator(`[data-compose-item="${server.url(path)}"] textarea[name="summary"]`);
    await Promise.all([
      summary(two, KASPI).fill(words(30, 'first')),
      summary(three, KASPI_TOO).fill(words(30, 'second')),
    ]);
    await expect
      .poll(async () => (await storedDrafts())[0].items.map((item) => item.summary))
      .toEqual([words(30, 'second'), words(30, 'first')]);
    // Each window shows the other's edit too.
    await expect.poll(() => summary(two, KASPI_TOO).inputValue()).toBe(words(30, 'second'));
    await expect.poll(() => summary(three, KASPI).inputValue()).toBe(words(30, 'first'));
  });

  it('with the browser’s storage full, keeps the text on screen, says it is not saved, and saves it later', async () => {
    const [draft] = await storedDrafts();
    const popup = await openDraft(draft.id);
    await fillStorage(browser, 16);
    const title = popup.locator('input[name="title"]');
    try {
      await title.fill(`${'A long title that no longer fits in the storage of the browser '.repeat(3)}`);
      await expect(popup.locator('[data-draft-saved="failed"]').textContent()).resolves.toContain('Not saved');
      await expect(title.inputValue()).resolves.toContain('A long title');
      expect((await storedDrafts())[0].title).toBe('Kaspi in New York');
    } finally {
      await freeStorage(browser);
    }
    await title.press('End');
    await title.type('!');
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
    try {
      const first = await launchOnProfile(profile);
      const popup = await first.context.newPage();
      await popup.goto(`chrome-extension://${first.extensionId}/popup/index.html?tab=999999`);
      await popup.evaluate((seed) => chrome.storage.local.set({ readingLog: seed }), log);
      await openReadingView(popup);
      await popup.locator('[data-log-entry] input[type="checkbox"]').check();
      await popup.locator('[data-action="compose-digest"]').click();
      await popup.locator('textarea[name="summary"]').fill(words(30, 'kept'));
      await popup.locator('[data-draft-saved="saved"]').waitFor();
      await first.context.close();

      const second = await launchOnProfile(profile);
      try {
        const again = await second.context.newPage();
        await again.goto(`chrome-extension://${second.extensionId}/popup/index.html?tab=999999`);
        await openReadingView(again);
        await again.locator('[data-draft] button').first().click();
        await expect(again.locator('textarea[name="summary"]').inputValue()).resolves.toBe(words(30, 'kept'));
      } finally {
        await second.context.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
