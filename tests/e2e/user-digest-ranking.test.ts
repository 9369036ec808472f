// With digests of the reader's own, the worker ranks them for the page too, and the popup's first render only
// draws its ranking: the whole knowledge base is not read before the items are on screen.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Digest } from '../../src/core/dataset/schema';
import { waitForFullRender } from './popup-helpers';
import { type ExtensionBrowser, launchExtension, reportOf } from './support/extension';

const DIGEST = JSON.parse(
  readFileSync(new URL('../fixtures/user-digests/good-digest.json', import.meta.url), 'utf8'),
) as Digest;
const SAXAUL = 'Planting saxaul on the dry bed of the Aral Sea';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
  await browser.worker.evaluate((digest) => chrome.storage.local.set({ userDigests: [digest] }), DIGEST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('with digests of the reader’s own', () => {
  it('the worker ranks them for the page, and the popup draws its ranking before reading the knowledge base', async () => {
    const { tabId } = await browser.open(server.url('/fixtures/pages/popup-aral.html'));
    await expect
      .poll(async () => (await reportOf(browser.worker, tabId))?.rankedWith ?? '', { timeout: 15_000 })
      .not.toBe('');
    const popup = await browser.openPopup(tabId);
    await waitForFullRender(popup);
    const first = popup.locator('section[aria-labelledby="in-digests"] article.card').first();
    await expect(first.locator('.card-headline').textContent()).resolves.toBe(SAXAUL);
    // Entities only the reader's digest names are named in its reasons, from the worker's notes.
    await expect(first.locator('[data-reason="entity"]').allTextContents()).resolves.toContain('Aral Sea');
    const kbBeforeRender = await popup.evaluate(() => {
      const rendered = performance.getEntriesByName('popup-rendered')[0].startTime;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/data/kb.json') && entry.startTime < rendered).length;
    });
    expect(kbBeforeRender).toBe(0);
  });

  it('after the digests change, the page is ranked again with them', async () => {
    const { tabId } = await browser.open(server.url('/fixtures/pages/popup-aral.html'));
    await expect.poll(async () => (await reportOf(browser.worker, tabId))?.rankedWith ?? '').not.toBe('');
    const before = (await reportOf(browser.worker, tabId))?.rankedWith;
    await browser.worker.evaluate(() => chrome.storage.local.set({ userDigests: [] }));
    await expect.poll(async () => (await reportOf(browser.worker, tabId))?.rankedWith).toBe('');
    expect(before).not.toBe('');
    const popup = await browser.openPopup(tabId);
    await waitForFullRender(popup);
    await expect(popup.locator('.card-headline', { hasText: SAXAUL }).count()).resolves.toBe(0);
  });
});
