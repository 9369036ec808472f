// Search across every digest in Chromium: typo tolerance, marked terms, filters, and keyboard-only use.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { dataset, screenshot, waitForFullRender } from './popup-helpers';
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

const results = (popup: Page) => popup.locator('#search-results [data-result]');
const focusedItem = (popup: Page) => popup.evaluate(() => document.activeElement?.getAttribute('data-item') ?? null);

describe('search', () => {
  it('answers while typing, tolerates a typo, and marks the words it matched', async () => {
    const popup = await openPopup();
    await popup.locator('#search-input').pressSequentially('kashagn', { delay: 20 });
    await results(popup).first().waitFor();
    const first = results(popup).first();
    await expect(first.locator('mark').first().textContent()).resolves.toMatch(/^Kashagan/i);
    const kashagan = dataset().items.filter((item) => /kashagan/i.test(`${item.headline} ${item.summary}`));
    await expect(results(popup).count()).resolves.toBeGreaterThanOrEqual(Math.min(kashagan.length, 40));
    // Long outlet names in the filters must not widen the popup.
    await expect(popup.evaluate(() => document.body.scrollWidth)).resolves.toBeLessThanOrEqual(400);
    await screenshot(popup, 'popup-search', { height: 760, whole: false });
  });

  it('finds by the start of a word', async () => {
    const popup = await openPopup();
    await popup.locator('#search-input').fill('tokay');
    await results(popup).first().waitFor();
    const marked = await results(popup).first().locator('mark').allInnerTexts();
    expect(marked.some((word) => /^Tokay/.test(word))).toBe(true);
  });

  it('filters by outlet, topic and year, with an empty query listing everything that fits', async () => {
    const popup = await openPopup();
    await popup.locator('#search-input').fill('energy');
    await results(popup).first().waitFor();
    const before = await results(popup).count();
    await popup.locator('#filter-outlet').selectOption('Reuters');
    await expect
      .poll(async () => (await results(popup).allInnerTexts()).every((text) => text.includes('Reuters')))
      .toBe(true);
    expect(await results(popup).count()).toBeLessThan(before);

    await popup.locator('#search-input').fill('');
    await popup.locator('#filter-outlet').selectOption('');
    const spaceItem = dataset().items.find((item) => item.topics.includes('space') && item.published);
    const year = spaceItem!.published!.slice(0, 4);
    await popup.locator('#filter-topic').selectOption('space');
    await popup.locator('#filter-year').selectOption(year);
    await expect.poll(() => results(popup).count()).toBeGreaterThan(0);
    const ids = await results(popup).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item')));
    const items = dataset().items.filter((item) => ids.includes(item.id));
    expect(items.length).toBeGreaterThan(0);
    expect(ids).toContain(spaceItem!.id);
    for (const item of items) expect(item.topics).toContain('space');
    await expect(popup.locator('.result-count').textContent()).resolves.toContain(String(ids.length));
  });

  it('moves through results with the arrow keys, opens one with Enter, and clears with Escape', async () => {
    const popup = await openPopup();
    const input = popup.locator('#search-input');
    await input.focus();
    await popup.keyboard.type('Astana');
    await results(popup).nth(2).waitFor();
    const ids = await results(popup).evaluateAll((nodes) =>
      nodes.slice(0, 3).map((node) => node.getAttribute('data-item')),
    );
    await popup.keyboard.press('ArrowDown');
    await expect(focusedItem(popup)).resolves.toBe(ids[0]);
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await expect(focusedItem(popup)).resolves.toBe(ids[2]);
    await popup.keyboard.press('ArrowUp');
    await expect(focusedItem(popup)).resolves.toBe(ids[1]);
    await popup.keyboard.press('Enter');
    await popup.locator('.digest-view').waitFor();
    await expect(popup.locator(`.digest-view [data-item="${ids[1]}"]`).getAttribute('class')).resolves.toContain(
      'card-highlighted',
    );
    // Escape leaves the digest for the results, and then clears the search.
    await popup.keyboard.press('Escape');
    await results(popup).first().waitFor();
    await popup.keyboard.press('Escape');
    await expect(input.inputValue()).resolves.toBe('');
    await popup.locator('.verdict').waitFor();
  });

  it('Escape in the search box clears it and returns to the page view', async () => {
    const popup = await openPopup();
    const input = popup.locator('#search-input');
    await input.fill('Baikonur');
    await results(popup).first().waitFor();
    await input.press('Escape');
    await expect(input.inputValue()).resolves.toBe('');
    await expect(popup.locator('.popup').getAttribute('data-view')).resolves.toBe('home');
  });

  it('works from the keyboard alone: Tab reaches the search, the settings and every result', async () => {
    const popup = await openPopup();
    await popup.keyboard.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await popup.keyboard.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.className)).resolves.toContain('icon-button');
    await popup.keyboard.press('Enter');
    await popup.locator('.settings-view').waitFor();
    await popup.keyboard.press('Escape');
    // Back on the page view, the focus is on its heading; the next stop is the first of the latest digests.
    await popup.waitForFunction(() => document.activeElement?.matches('.verdict h1'));
    await popup.keyboard.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.getAttribute('data-digest'))).resolves.toBeTruthy();
    await popup.keyboard.press('Enter');
    await popup.locator('.digest-view').waitFor();
  });
});
