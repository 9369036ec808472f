// Capturing a digest from its own page, in Chromium: the offer, the preview's corrections, saving with merging,
// search finding the new items at once, the "already added" state, and pages that only look like digests.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Digest } from '../../src/core/dataset/schema';
import { itemByHeadline, waitForFullRender } from './popup-helpers';
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
  browser.worker.evaluate(async () => ((await chrome.storage.local.get('userDigests')).userDigests as Digest[]) ?? []);

async function popupFor(page: string): Promise<Page> {
  const { tabId } = await browser.open(server.url(`/fixtures/pages/${page}`));
  const popup = await browser.openPopup(tabId);
  await waitForFullRender(popup);
  return popup;
}

describe('a digest page', () => {
  it('is offered, previewed with its outlets and dates, corrected, saved, merged and found at once', async () => {
    const popup = await popupFor('digest-astanatimes.html');
    await expect(popup.locator('.popup').getAttribute('data-digest-page')).resolves.toBe('');
    await popup.locator('[data-action="add-digest"]').click();
    const items = popup.locator('[data-capture-item]');
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(3);
    await expect(popup.locator('input[name="digest-date"]').inputValue()).resolves.toBe('2025-03-14');
    await expect(items.nth(0).locator('input[name="outlet"]').inputValue()).resolves.toBe('The Diplomat');
    await expect(items.nth(0).locator('input[name="published"]').inputValue()).resolves.toBe('2025-03-11');

    // The third item names no outlet: saving says so, and stores nothing.
    await popup.locator('[data-action="save-digest"]').click();
    await expect(popup.locator('.capture-preview [role="alert"]').textContent()).resolves.toContain('Item 3 needs');
    await expect(stored()).resolves.toEqual([]);

    await items.nth(2).locator('input[name="outlet"]').fill('Steppe Crafts Weekly');
    await items.nth(0).locator('input[name="published"]').fill('2025-03-10');
    await popup.locator('[data-action="save-digest"]').click();
    await expect(popup.locator('[data-capture-state="saved"]').textContent()).resolves.toBe(
      'Saved: 3 items, 1 of them already in the bundle and merged with it.',
    );
    await popup.locator('[data-capture-state="added"]').waitFor();
    await expect(popup.locator('[data-action="add-digest"]').count()).resolves.toBe(0);

    const [digest] = await stored();
    expect(digest.items.map((item) => [item.outlet, item.published])).toEqual([
      ['The Diplomat', '2025-03-10'],
      ['Foreign Policy', '2024-11-07'],
      ['Steppe Crafts Weekly', null],
    ]);
    expect(digest.items[1].entities).toContain('Kassym-Jomart Tokayev');

    // Search finds a new item at once; the item the bundle had stands once, with both digests.
    await popup.locator('#search-input').fill('felt makers Turkistan');
    const first = popup.locator('.results [data-item]').first();
    await expect(first.textContent()).resolves.toContain('Felt makers of Turkistan find buyers abroad');
    await popup.locator('#search-input').fill('makes neutrality an art');
    const known = itemByHeadline("Kazakhstan's leader makes neutrality an art");
    await expect(popup.locator(`.results [data-item="${known.id}"]`).count()).resolves.toBe(1);

    // Opened again, the popup says the digest is in the reader's digests instead of offering it.
    const again = await popupFor('digest-astanatimes.html');
    await expect(again.locator('[data-capture-state="added"]').textContent()).resolves.toBe('Already in your digests.');
  });

  it("reads Kazinform's 'Outlet: Headline' layout, and two windows saving at once both keep their digest", async () => {
    const one = await popupFor('digest-kazinform.html');
    const before = (await stored()).length;
    await one.locator('[data-action="add-digest"]').click();
    await one.locator('[data-capture-item]').first().waitFor();
    await expect(
      one
        .locator('[data-capture-item] input[name="outlet"]')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).resolves.toEqual(['Reuters', 'Euronews']);
    const { tabId } = await browser.open(server.url('/fixtures/pages/digest-astanatimes.html?copy=2'));
    // Another window with a different digest: a copy of the first page at another address, no longer "added".
    const two = await browser.openPopup(tabId);
    await waitForFullRender(two);
    await two.locator('[data-action="add-digest"]').click();
    await two.locator('[data-capture-item]').nth(2).locator('input[name="outlet"]').fill('Steppe Crafts Weekly');
    await Promise.all([
      one.locator('[data-action="save-digest"]').click(),
      two.locator('[data-action="save-digest"]').click(),
    ]);
    await one.locator('[data-capture-state="saved"]').waitFor();
    await two.locator('[data-capture-state="saved"]').waitFor();
    const after = await stored();
    expect(after.length).toBe(before + 2);
    expect(after.some((digest) => digest.publisher === 'Kazinform')).toBe(true);
  });
});

describe('pages that are not digests', () => {
  it('offers nothing on an ordinary article', async () => {
    const popup = await popupFor('popup-central.html');
    await expect(popup.locator('.popup').getAttribute('data-digest-page')).resolves.toBeNull();
    await expect(popup.locator('[data-action="add-digest"]').count()).resolves.toBe(0);
  });

  it('says clearly when a page titled like a digest has no items, and stores nothing', async () => {
    const before = await stored();
    const popup = await popupFor('digest-lookalike.html');
    await popup.locator('[data-action="add-digest"]').click();
    await expect(popup.locator('[data-capture-state="unreadable"]').textContent()).resolves.toContain(
      'no items could be read',
    );
    await expect(popup.locator('[data-action="save-digest"]').count()).resolves.toBe(0);
    await expect(stored()).resolves.toEqual(before);
  });
});
