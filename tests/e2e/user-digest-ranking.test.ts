// With digests of the reader's own, the worker ranks them for the page too, and the popup's first render only
// draws its ranking: the whole knowledge base is not read before the items are on screen.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Digest } from '../../src/core/dataset/schema';
import { waitForFullRender } from './popup-helpers';
import { textOf, textsOf } from './support/dom';
import { BROWSER } from './support/driver';
import { type ExtensionBrowser, launchExtension } from './support/extension';

const DIGEST = JSON.parse(
  readFileSync(new URL('../fixtures/user-digests/good-digest.json', import.meta.url), 'utf8'),
) as Digest;
const SAXAUL = 'Planting saxaul on the dry bed of the Aral Sea';
const FIRST_CARD = 'section[aria-labelledby="in-digests"] article.card';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
  await browser.driver.inExtension((digest) => chrome.storage.local.set({ userDigests: [digest] }), DIGEST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rankedWith = async (tabId: number) => (await browser.report(tabId))?.rankedWith;

/** A tab on the page about the Aral Sea, once the worker has ranked it with the reader's digests. */
async function rankedPage(): Promise<number> {
  const { tabId } = await browser.open(server.url('/fixtures/pages/popup-aral.html'));
  await expect.poll(async () => (await rankedWith(tabId)) ?? '', { timeout: 15_000 }).not.toBe('');
  return tabId;
}

describe('with digests of the reader’s own', () => {
  it('the worker ranks them for the page, and the popup draws its ranking with the names its reasons give', async () => {
    const popup = await browser.openPopup(await rankedPage());
    await waitForFullRender(popup);
    expect(await textOf(popup, `${FIRST_CARD} .card-headline`)).toBe(SAXAUL);
    // Entities only the reader's digest names are named in its reasons, from the worker's notes.
    const reasons = await popup.$eval(FIRST_CARD, (card) =>
      [...card.querySelectorAll('[data-reason="entity"]')].map((reason) => reason.textContent),
    );
    expect(reasons).toContain('Aral Sea');
  });

  // Chromium only: Firefox keeps no resource timing for an extension's own files, and over WebDriver BiDi runs
  // no script before a moz-extension page's own and reports none of its requests, so nothing there sees which
  // files the popup read before its first render.
  it.runIf(BROWSER === 'chromium')('the popup reads no knowledge base before its first render', async () => {
    const tabId = await rankedPage();
    // Each file the popup fetches, with when, from a script run before the popup's own: Chromium keeps no
    // resource timing for extension files either.
    const popup = await browser.driver.newPage();
    await popup.evaluateOnNewDocument(() => {
      const fetched: [string, number][] = [];
      Object.assign(window, { fetched });
      const fetchFile = window.fetch.bind(window);
      window.fetch = (input, init) => {
        fetched.push([input instanceof Request ? input.url : String(input), performance.now()]);
        return fetchFile(input, init);
      };
    });
    await popup.goto(`${browser.driver.origin}/popup/index.html?tab=${tabId}`);
    await waitForFullRender(popup);
    expect(await textOf(popup, `${FIRST_CARD} .card-headline`)).toBe(SAXAUL);
    const readBeforeRender = await popup.evaluate(() => {
      const rendered = performance.getEntriesByName('popup-rendered')[0].startTime;
      const { fetched } = window as unknown as { fetched: [string, number][] };
      return fetched.filter(([, at]) => at < rendered).map(([url]) => new URL(url, location.href).pathname);
    });
    // The files the popup read before its first render are seen (so that kb.json missing means something)...
    expect(readBeforeRender).toContain('/data/dataset.json');
    // ...and the knowledge base was not among them.
    expect(readBeforeRender).not.toContain('/data/kb.json');
  });

  it('after the digests change, the page is ranked again with them', async () => {
    const tabId = await rankedPage();
    await browser.driver.inExtension(() => chrome.storage.local.set({ userDigests: [] }), null);
    await expect.poll(() => rankedWith(tabId)).toBe('');
    const popup = await browser.openPopup(tabId);
    await waitForFullRender(popup);
    expect(await textsOf(popup, '.card-headline')).not.toContain(SAXAUL);
  });
});
