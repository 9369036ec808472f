// The private reading log in Chromium: off until turned on, then each central page recorded in storage.local
// (and nowhere else), listed by story with the digests' items, forgotten one by one, by site or all at once,
// kept to its limit with the reader told, and a full storage refused without losing anything.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { LOG_LIMIT, type LogEntry, type ReadingLog } from '../../src/core/reading-log/log';
import { screenshot, seriousViolations, waitForFullRender } from './popup-helpers';
import { fillStorage, freeStorage, openReadingView, storedLog as storedLogOf } from './reading-helpers';
import { type ExtensionBrowser, launchExtension, waitForReport } from './support/extension';

const KASPI = '/fixtures/pages/popup-central.html';
const KASPI_TOO = '/fixtures/corpus/en/central-kaspi-nasdaq-debut-super-app.html';
/** The bundle's story of Kaspi's Nasdaq listing: Reuters' item first, then the Financial Times'. */
const KASPI_ITEMS = ['i97a72ff18ed8', 'i536cfd2a7b7e'];

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const storedLog = () => storedLogOf(browser);

/** Reads a page until the worker has its report, and gives the worker's log time to record it. */
async function read(path: string, host = '127.0.0.1'): Promise<number> {
  const url = server.url(path).replace('127.0.0.1', host);
  const { page, tabId } = await browser.open(url);
  await waitForReport(browser.worker, tabId);
  await page.waitForTimeout(300);
  return tabId;
}

async function readingView(tabId: number): Promise<Page> {
  const popup = await browser.openPopup(tabId);
  await openReadingView(popup);
  return popup;
}

describe('the reading log', () => {
  it('is off until the reader turns it on: a page about Kazakhstan is not recorded', async () => {
    const tabId = await read(KASPI);
    expect(await storedLog()).toBeNull();
    const popup = await readingView(tabId);
    await expect(popup.locator('input[name="reading-log"]').isChecked()).resolves.toBe(false);
    await expect(popup.locator('.log-status').textContent()).resolves.toContain('The log is off');
    await popup.locator('input[name="reading-log"]').check();
    await popup.close();
  });

  it('then records each central page with its address, title, outlet, date, names, verdict and time', async () => {
    const before = Date.now();
    await read(KASPI);
    await read(KASPI_TOO);
    await read('/fixtures/pages/popup-mentions.html');
    await read('/fixtures/pages/popup-none.html');
    const log = await storedLog();
    expect(log?.entries.map((entry) => entry.url)).toEqual([server.url(KASPI), server.url(KASPI_TOO)]);
    const [first] = log!.entries;
    expect(first).toMatchObject({
      title: 'Kaspi.kz shares open on Nasdaq below hopes',
      outlet: 'Example Business Daily',
      published: '2024-01-22',
      verdict: 'central',
    });
    expect(first.readAt).toBeGreaterThanOrEqual(before);
    expect(first.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Kaspi.kz', 'Nasdaq']));
  });

  it('lists the pages by story with the digest items that tell it, and an item says how many others were read', async () => {
    const tabId = await read(KASPI);
    const popup = await readingView(tabId);
    const story = popup.locator(`[data-reading-story="${KASPI_ITEMS[0]}"]`);
    await story.waitFor();
    await expect(
      story.locator('[data-item]').evaluateAll((items) => items.map((item) => item.getAttribute('data-item'))),
    ).resolves.toEqual(KASPI_ITEMS);
    await expect(story.locator('[data-log-entry]').count()).resolves.toBe(2);
    expect(await seriousViolations(popup)).toEqual([]);
    // The view fits the popup's 400 px.
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect(popup.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(400);
    await screenshot(popup, 'popup-my-reading');

    // On the page itself, the bundle's items of the story say the reader read both pages.
    const home = await browser.openPopup(tabId);
    await waitForFullRender(home);
    const card = home.locator(`section[aria-labelledby="in-digests"] [data-item="${KASPI_ITEMS[0]}"] .card-read`);
    await expect(card.textContent()).resolves.toBe('You read 2 other reports of this');
  });

  it('forgets one page, and every page of a site it is told never to log', async () => {
    await read(KASPI, 'localhost');
    expect((await storedLog())?.entries.length).toBe(3);
    const tabId = await read(KASPI);
    const popup = await readingView(tabId);
    await popup.getByRole('button', { name: 'Forget Kaspi.kz debuts on Nasdaq after $1bn share sale' }).click();
    await expect(popup.locator('[data-log-message]').textContent()).resolves.toBe('Forgotten.');
    expect((await storedLog())?.entries.map((entry) => entry.url)).toEqual([
      server.url(KASPI).replace('127.0.0.1', 'localhost'),
      server.url(KASPI),
    ]);

    await popup.locator('input[name="log-exclude-site"]').check();
    await expect(popup.locator('[data-log-settings-message]').textContent()).resolves.toContain('127.0.0.1');
    expect((await storedLog())?.entries.map((entry) => entry.url)).toEqual([
      server.url(KASPI).replace('127.0.0.1', 'localhost'),
    ]);
    await read(KASPI_TOO);
    expect((await storedLog())?.entries.length).toBe(1);
    await popup.locator('[data-excluded-site="127.0.0.1"] button').click();
    await expect.poll(async () => await popup.locator('[data-excluded-site]').count()).toBe(0);
  });

  it('forgets everything once the reader confirms', async () => {
    const tabId = await read(KASPI);
    const popup = await readingView(tabId);
    await popup.locator('[data-action="forget-all"]').click();
    await popup.locator('[data-action="forget-all-confirm"]').click();
    await expect(popup.locator('[data-log-message]').textContent()).resolves.toBe('The log is empty now.');
    expect((await storedLog())?.entries).toEqual([]);
  });
});

describe('the log at its limits', () => {
  const old = (n: number): LogEntry => ({
    url: `https://old.example/${n}`,
    title: `Old page ${n}`,
    outlet: null,
    published: null,
    entities: [],
    verdict: 'central',
    readAt: 1_600_000_000_000 + n,
  });

  it('at the limit forgets the oldest page for the newest, and tells the reader', async () => {
    const full: ReadingLog = { version: 1, entries: Array.from({ length: LOG_LIMIT }, (_, n) => old(n)), dropped: 0 };
    await browser.worker.evaluate((log) => chrome.storage.local.set({ readingLog: log }), full);
    const tabId = await read(KASPI);
    const log = await storedLog();
    expect(log?.entries.length).toBe(LOG_LIMIT);
    expect(log?.entries[0].url).toBe('https://old.example/1');
    expect(log?.entries.at(-1)?.url).toBe(server.url(KASPI));
    expect(log?.dropped).toBe(1);
    const popup = await readingView(tabId);
    await expect(popup.locator('[data-log-dropped]').textContent()).resolves.toBe(
      'The log keeps the latest 1,000 pages; older pages forgotten to make room so far: 1.',
    );
  });

  it('with the browser’s storage full, records nothing, loses nothing, and says why', async () => {
    const before = await storedLog();
    // The browser's storage full to its quota (10 MB), with less room left than an entry needs.
    await fillStorage(browser, 64);
    try {
      const tabId = await read(KASPI_TOO);
      expect(await storedLog()).toEqual(before);
      const popup = await readingView(tabId);
      await expect(popup.locator('[data-log-failure]').textContent()).resolves.toContain(
        'The last page could not be logged',
      );
    } finally {
      await freeStorage(browser);
    }
    await read(KASPI_TOO);
    expect((await storedLog())?.entries.at(-1)?.url).toBe(server.url(KASPI_TOO));
  });
});
