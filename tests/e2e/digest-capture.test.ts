// Capturing a digest from its own page: the offer, the preview's corrections, saving with merging,
// search finding the new items at once, the "already added" state, and pages that only look like digests.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Digest } from '../../src/core/dataset/schema';
import { itemByHeadline, waitForFullRender } from './popup-helpers';
import { attrOf, countOf, fill, textOf } from './support/dom';
import { type ExtensionBrowser, launchExtension } from './support/extension';

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

const stored = (): Promise<Digest[]> =>
  browser.driver.inExtension(
    async () => ((await chrome.storage.local.get('userDigests')).userDigests as Digest[]) ?? [],
    null,
  );

const ITEM = '[data-capture-item]';

/** The values of one field in every captured item, in order. */
const fieldValues = (popup: Page, name: string) =>
  popup.$$eval(`${ITEM} input[name="${name}"]`, (inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** Types a value into one field of the captured item at `index`, as the reader would end up with. */
async function fillItem(popup: Page, index: number, name: string, value: string): Promise<void> {
  await popup.$$eval(
    `${ITEM} input[name="${name}"]`,
    (inputs, [at, text]) => {
      const input = inputs[at as number] as HTMLInputElement;
      input.focus();
      input.value = text as string;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [index, value] as const,
  );
}

async function popupFor(page: string): Promise<Page> {
  const { tabId } = await browser.open(server.url(`/fixtures/pages/${page}`));
  const popup = await browser.openPopup(tabId);
  await waitForFullRender(popup);
  return popup;
}

describe('a digest page', () => {
  it('is offered, previewed with its outlets and dates, corrected, saved, merged and found at once', async () => {
    const popup = await popupFor('digest-astanatimes.html');
    expect(await attrOf(popup, '.popup', 'data-digest-page')).toBe('');
    await popup.locator('[data-action="add-digest"]').click();
    await popup.waitForSelector(ITEM);
    expect(await countOf(popup, ITEM)).toBe(3);
    expect(await popup.$eval('input[name="digest-date"]', (input) => (input as HTMLInputElement).value)).toBe(
      '2025-03-14',
    );
    expect((await fieldValues(popup, 'outlet'))[0]).toBe('The Diplomat');
    expect((await fieldValues(popup, 'published'))[0]).toBe('2025-03-11');

    // The third item names no outlet: saving says so, and stores nothing.
    await popup.locator('[data-action="save-digest"]').click();
    await popup.waitForSelector('.capture-preview [role="alert"]');
    expect(await textOf(popup, '.capture-preview [role="alert"]')).toContain('Item 3 needs');
    expect(await stored()).toEqual([]);

    await fillItem(popup, 2, 'outlet', 'Steppe Crafts Weekly');
    await fillItem(popup, 0, 'published', '2025-03-10');
    await popup.locator('[data-action="save-digest"]').click();
    await popup.waitForSelector('[data-capture-state="saved"]');
    expect(await textOf(popup, '[data-capture-state="saved"]')).toBe(
      'Saved: 3 items, 1 of them already in the bundle and merged with it.',
    );
    await popup.waitForSelector('[data-capture-state="added"]');
    expect(await countOf(popup, '[data-action="add-digest"]')).toBe(0);

    const [digest] = await stored();
    expect(digest.items.map((item) => [item.outlet, item.published])).toEqual([
      ['The Diplomat', '2025-03-10'],
      ['Foreign Policy', '2024-11-07'],
      ['Steppe Crafts Weekly', null],
    ]);
    expect(digest.items[1].entities).toContain('Kassym-Jomart Tokayev');

    // Search finds a new item at once; the item the bundle had stands once, with both digests.
    await fill(popup, '#search-input', 'felt makers Turkistan');
    await expect
      .poll(() => textOf(popup, '.results [data-item]').catch(() => ''))
      .toContain('Felt makers of Turkistan find buyers abroad');
    await fill(popup, '#search-input', 'makes neutrality an art');
    const known = itemByHeadline("Kazakhstan's leader makes neutrality an art");
    await expect.poll(() => countOf(popup, `.results [data-item="${known.id}"]`)).toBe(1);

    // Opened again, the popup says the digest is in the reader's digests instead of offering it.
    const again = await popupFor('digest-astanatimes.html');
    await again.waitForSelector('[data-capture-state="added"]');
    expect(await textOf(again, '[data-capture-state="added"]')).toBe('Already in your digests.');
  });

  it("reads Kazinform's 'Outlet: Headline' layout, and two windows saving at once both keep their digest", async () => {
    const one = await popupFor('digest-kazinform.html');
    const before = (await stored()).length;
    await one.locator('[data-action="add-digest"]').click();
    await one.waitForSelector(ITEM);
    expect(await fieldValues(one, 'outlet')).toEqual(['Reuters', 'Euronews']);
    const { tabId } = await browser.open(server.url('/fixtures/pages/digest-astanatimes.html?copy=2'));
    // Another window with a different digest: a copy of the first page at another address, no longer "added".
    const two = await browser.openPopup(tabId);
    await waitForFullRender(two);
    await two.locator('[data-action="add-digest"]').click();
    await two.waitForSelector(`${ITEM}:nth-of-type(3)`);
    await fillItem(two, 2, 'outlet', 'Steppe Crafts Weekly');
    // Clicked from the pages themselves: input sent to a tab in the background waits for a frame that a hidden
    // tab never draws (Chromium).
    const save = (popup: Page) =>
      popup.$eval('[data-action="save-digest"]', (button) => (button as HTMLButtonElement).click());
    await Promise.all([save(one), save(two)]);
    await one.waitForSelector('[data-capture-state="saved"]');
    await two.waitForSelector('[data-capture-state="saved"]');
    const after = await stored();
    expect(after.length).toBe(before + 2);
    expect(after.some((digest) => digest.publisher === 'Kazinform')).toBe(true);
  });
});

describe('pages that are not digests', () => {
  it('offers nothing on an ordinary article', async () => {
    const popup = await popupFor('popup-central.html');
    expect(await attrOf(popup, '.popup', 'data-digest-page')).toBeNull();
    expect(await countOf(popup, '[data-action="add-digest"]')).toBe(0);
  });

  it('says clearly when a page titled like a digest has no items, and stores nothing', async () => {
    const before = await stored();
    const popup = await popupFor('digest-lookalike.html');
    await popup.locator('[data-action="add-digest"]').click();
    await popup.waitForSelector('[data-capture-state="unreadable"]');
    expect(await textOf(popup, '[data-capture-state="unreadable"]')).toContain('no items could be read');
    expect(await countOf(popup, '[data-action="save-digest"]')).toBe(0);
    expect(await stored()).toEqual(before);
  });
});
