// Search across every digest: typo tolerance, marked terms, filters, and keyboard-only use.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { dataset, screenshot, waitForFullRender } from './popup-helpers';
import { attrOf, attrsOf, choose, countOf, fieldValue, fill, textOf, textsOf } from './support/dom';
import { type ExtensionBrowser, launchExtension } from './support/extension';

let browser: ExtensionBrowser;
let server: FixtureServer;
let tabId: number;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
  ({ tabId } = await browser.open(server.url('/fixtures/pages/popup-none.html')));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPopup(): Promise<Page> {
  const popup = await browser.openPopup(tabId);
  await waitForFullRender(popup);
  return popup;
}

const RESULTS = '#search-results [data-result]';
const FIRST = '#search-results > li:first-child [data-result]';
const resultIds = (popup: Page) => attrsOf(popup, RESULTS, 'data-item');
const focusedItem = (popup: Page) => popup.evaluate(() => document.activeElement?.getAttribute('data-item') ?? null);

describe('search', () => {
  it('answers while typing, tolerates a typo, and marks the words it matched', async () => {
    const popup = await openPopup();
    await popup.type('#search-input', 'kashagn', { delay: 20 });
    await popup.waitForSelector(RESULTS);
    expect(await textOf(popup, `${RESULTS} mark`)).toMatch(/^Kashagan/i);
    const kashagan = dataset().items.filter((item) => /kashagan/i.test(`${item.headline} ${item.summary}`));
    expect(await countOf(popup, RESULTS)).toBeGreaterThanOrEqual(Math.min(kashagan.length, 40));
    // Long outlet names in the filters must not widen the popup.
    expect(await popup.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(400);
    await screenshot(popup, 'popup-search', { height: 760, whole: false });
  });

  it('finds by the start of a word', async () => {
    const popup = await openPopup();
    await fill(popup, '#search-input', 'tokay');
    await popup.waitForSelector(RESULTS);
    const marked = await textsOf(popup, `${FIRST} mark`);
    expect(marked.some((word) => /^Tokay/.test(word))).toBe(true);
  });

  it('filters by outlet, topic and year, with an empty query listing everything that fits', async () => {
    const popup = await openPopup();
    await fill(popup, '#search-input', 'energy');
    await popup.waitForSelector(RESULTS);
    const before = await countOf(popup, RESULTS);
    await choose(popup, '#filter-outlet', 'Reuters');
    await expect.poll(async () => (await textsOf(popup, RESULTS)).every((text) => text.includes('Reuters'))).toBe(true);
    expect(await countOf(popup, RESULTS)).toBeLessThan(before);

    await fill(popup, '#search-input', '');
    await choose(popup, '#filter-outlet', '');
    const spaceItem = dataset().items.find((item) => item.topics.includes('space') && item.published);
    const year = spaceItem!.published!.slice(0, 4);
    await choose(popup, '#filter-topic', 'space');
    await choose(popup, '#filter-year', year);
    await expect.poll(() => countOf(popup, RESULTS)).toBeGreaterThan(0);
    const ids = await resultIds(popup);
    const items = dataset().items.filter((item) => ids.includes(item.id));
    expect(items.length).toBeGreaterThan(0);
    expect(ids).toContain(spaceItem!.id);
    for (const item of items) expect(item.topics).toContain('space');
    expect(await textOf(popup, '.result-count')).toContain(String(ids.length));
  });

  it('moves through results with the arrow keys, opens one with Enter, and clears with Escape', async () => {
    const popup = await openPopup();
    await popup.focus('#search-input');
    await popup.keyboard.type('Astana');
    await popup.waitForSelector('#search-results > li:nth-child(3) [data-result]');
    const ids = (await resultIds(popup)).slice(0, 3);
    await popup.keyboard.press('ArrowDown');
    expect(await focusedItem(popup)).toBe(ids[0]);
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    expect(await focusedItem(popup)).toBe(ids[2]);
    await popup.keyboard.press('ArrowUp');
    expect(await focusedItem(popup)).toBe(ids[1]);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.digest-view');
    expect(await attrOf(popup, `.digest-view [data-item="${ids[1]}"]`, 'class')).toContain('card-highlighted');
    // Escape leaves the digest for the results, and then clears the search.
    await popup.keyboard.press('Escape');
    await popup.waitForSelector(RESULTS);
    await popup.keyboard.press('Escape');
    expect(await fieldValue(popup, '#search-input')).toBe('');
    await popup.waitForSelector('.verdict');
  });

  it('Escape in the search box clears it and returns to the page view', async () => {
    const popup = await openPopup();
    await fill(popup, '#search-input', 'Baikonur');
    await popup.waitForSelector(RESULTS);
    await popup.keyboard.press('Escape');
    expect(await fieldValue(popup, '#search-input')).toBe('');
    expect(await attrOf(popup, '.popup', 'data-view')).toBe('home');
  });

  it('works from the keyboard alone: Tab reaches the search, the settings and every result', async () => {
    const popup = await openPopup();
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.className)).toContain('icon-button');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.settings-view');
    await popup.keyboard.press('Escape');
    // Back on the page view, the focus is on its heading; the next stop is the first of the latest digests.
    await popup.waitForFunction(() => document.activeElement?.matches('.verdict h1'));
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-digest'))).toBeTruthy();
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.digest-view');
  });
});
