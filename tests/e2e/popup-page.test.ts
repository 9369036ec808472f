// The popup for the page being read: verdict and chips, ranked items and why, related coverage, empty states.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Settings } from '../../src/settings/settings';
import { dataset, itemByHeadline, screenshot, waitForFullRender } from './popup-helpers';
import { attrOf, attrsOf, clickButton, countOf, isChecked, isVisible, textOf, textsOf } from './support/dom';
import { BROWSER } from './support/driver';
import { type ExtensionBrowser, launchExtension } from './support/extension';
import { waitFor } from './support/page-probes';

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

async function popupFor(page: string, waitForReport = true) {
  const { tabId } = await browser.open(server.url(`/fixtures/pages/${page}`), { waitForReport });
  const popup = await browser.openPopup(tabId);
  await waitForFullRender(popup);
  return popup;
}

/** Every state the popup shows (verdict, and why where it has no verdict), in order, from its first render
 *  until `done` accepts one or `timeout` ms pass. */
async function statesUntil(popup: Page, done: (state: string) => boolean, timeout = 10_000): Promise<string[]> {
  const shown: string[] = [];
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const state = await popup.evaluate(() => {
      const verdict = document.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? '';
      const why = document.querySelector('.why')?.getAttribute('data-why');
      return verdict === 'unavailable' ? `${verdict}/${why}` : verdict;
    });
    if (shown.at(-1) !== state) shown.push(state);
    if (done(state)) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return shown;
}

describe('popup for an article about Kazakhstan', () => {
  it('states the verdict in words, with a chip and count per name found', async () => {
    const popup = await popupFor('popup-central.html');
    expect(await attrOf(popup, '.popup', 'data-verdict')).toBe('central');
    expect(await textOf(popup, 'h1.verdict-words')).toContain('About Kazakhstan');
    expect(await textOf(popup, '.chips [data-entity="kaspi-kz"]')).toMatch(/Kaspi\.kz\s*\d+/);
    await screenshot(popup, 'popup-article');
  });

  it('opens the entity view from a chip, with description, other names and items over time', async () => {
    const popup = await popupFor('popup-central.html');
    await popup.locator('.chips [data-entity="kaspi-kz"]').click();
    const view = '[data-entity-view="kaspi-kz"]';
    await popup.waitForSelector(view);
    expect(await textOf(popup, `${view} h1`)).toContain('Kaspi');
    expect(await textOf(popup, `${view} .description`)).not.toBe('');
    expect(await textOf(popup, `${view} .year-heading`)).toMatch(/^\d{4}$/);
    expect(await countOf(popup, `${view} [data-item]`)).toBeGreaterThan(1);
    await screenshot(popup, 'popup-entity');
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('.verdict');
  });

  it('ranks the items that share the story first, each saying what it matched on', async () => {
    const popup = await popupFor('popup-central.html');
    const cards = 'section[aria-labelledby="in-digests"] article.card';
    const reuters = itemByHeadline('Fintech heavyweight Kaspi.kz valued at $17.5 billion in tepid Nasdaq debut');
    const ft = itemByHeadline('Kaspi looks beyond London listing to brighter lights of New York');
    const firstTwo = (await attrsOf(popup, cards, 'data-item')).slice(0, 2);
    expect(firstTwo.sort()).toEqual([reuters.id, ft.id].sort());
    const first = 'section[aria-labelledby="in-digests"] .cards > li:first-child > article.card';
    expect(await textOf(popup, `${first} .card-meta`)).toMatch(/(Reuters|Financial Times) · /);
    expect(await attrOf(popup, `${first} .digest-line a`, 'href')).toMatch(/^https:\/\//);
    const reasons = await textsOf(popup, `${first} [data-reason]`);
    expect(reasons).toContain('Kaspi.kz');
    expect(await countOf(popup, `${first} [data-reason="wording"]`)).toBe(1);
    expect(await countOf(popup, `${first} [data-reason="date"]`)).toBe(1);
  });

  it('shows the items the worker ranked for the page once its report arrived', async () => {
    const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
    const report = await waitFor(
      () => browser.report(tabId),
      (value) => Boolean(value?.ranked),
    );
    const popup = await browser.openPopup(tabId);
    await waitForFullRender(popup);
    const shown = await attrsOf(popup, 'section[aria-labelledby="in-digests"] article.card', 'data-item');
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toEqual(report?.ranked?.slice(0, shown.length).map((ranked) => ranked.id));
  });

  it('lists related coverage: the story by each outlet, dates in order', async () => {
    const popup = await popupFor('popup-central.html');
    const story = '.stories .story:first-of-type';
    await popup.waitForSelector(story);
    expect(await textOf(popup, `${story} .story-outlets`)).toContain('Reuters');
    expect(await textOf(popup, `${story} .story-outlets`)).toContain('Financial Times');
    const outlets = await textsOf(popup, `${story} .timeline-outlet`);
    expect(outlets).toEqual(['Reuters', 'Financial Times']);
    await popup.locator(`${story} .timeline-headline`).click();
    await popup.waitForSelector('.digest-view');
    expect(await countOf(popup, '.digest-view .card-highlighted')).toBe(1);
    await screenshot(popup, 'popup-digest');
  });

  it('puts first, marked, the digest item that reviewed the very article on the page', async () => {
    const popup = await popupFor('popup-reviewed.html');
    const reviewed = itemByHeadline("Kazakhstan's leader makes neutrality an art");
    const first = 'section[aria-labelledby="in-digests"] .cards > li:first-child > article.card';
    expect(await attrOf(popup, first, 'data-item')).toBe(reviewed.id);
    expect(await attrOf(popup, first, 'data-reviewed')).toBe('true');
    expect(await textOf(popup, `${first} .badge`)).toBe('The article you are reading');
    expect(await textOf(popup, `${first} [data-reason="article"]`)).toContain('same outlet and headline');
  });
});

describe('popup for a page with no digest matches', () => {
  it('says in one line that the page is not about Kazakhstan and offers the latest digests', async () => {
    const popup = await popupFor('popup-none.html');
    expect(await attrOf(popup, '.popup', 'data-verdict')).toBe('none');
    expect(await textOf(popup, '.why')).toContain('not about Kazakhstan');
    expect(await countOf(popup, '.digest-list [data-digest]')).toBeGreaterThan(3);
    expect(await isVisible(popup, '#search-input')).toBe(true);
    await screenshot(popup, 'popup-not-about');
  });

  it('names a latest digest without a title by its first headlines, and says its publisher beside them', async () => {
    const popup = await popupFor('popup-none.html');
    const asset = dataset();
    const ids = await attrsOf(popup, '.digest-list [data-digest]', 'data-digest');
    const untitled = asset.digests.find((digest) => ids.includes(digest.id) && digest.title === null);
    if (!untitled) throw new Error('the latest digests should include one without a title');
    const first = asset.items.find((item) => item.digests.includes(untitled.id));
    const row = `.digest-list [data-digest="${untitled.id}"]`;
    expect(await textOf(popup, `${row} .digest-row-title`)).toContain(first?.headline ?? first?.outlet);
    expect((await textOf(popup, `${row} .muted`)).startsWith(`${untitled.publisher} · `)).toBe(true);
  });

  it('shows the latest digests when a page mentions Kazakhstan but matches no item', async () => {
    const popup = await popupFor('popup-mentions.html');
    expect(await attrOf(popup, '.popup', 'data-verdict')).toBe('mentions');
    expect(await countOf(popup, '.digest-list [data-digest]')).toBeGreaterThan(0);
  });

  it('says why a page only mentions Kazakhstan: one of the countries it names', async () => {
    const popup = await popupFor('popup-mentions.html');
    expect(await attrOf(popup, '.verdict-why', 'data-why')).toBe('one-of');
    expect(await textOf(popup, '.verdict-why')).toMatch(/One of \d+ countries/);
  });

  it('explains a browser page it could not read, never an empty pane', async () => {
    const { page, tabId } = await browser.open('about:blank', { waitForReport: false });
    const popup = await browser.openPopup(tabId);
    await waitForFullRender(popup);
    // Without a click, Chromium hides even this tab's address: the popup waits for a reading a while first.
    expect((await statesUntil(popup, (state) => state.startsWith('unavailable'))).at(-1)).toBe(
      'unavailable/browser-page',
    );
    expect(await countOf(popup, '.digest-list [data-digest]')).toBeGreaterThan(0);
    await page.close();
  });

  it('says a page is being read until its report comes, and never a wrong reason first', async () => {
    // The article is rendered a second after load: the popup opens before the page has a report.
    const { tabId } = await browser.open(server.url('/fixtures/pages/late-article.html'), { waitForReport: false });
    const popup = await browser.openPopup(tabId);
    const shown = await statesUntil(popup, (state) => state.startsWith('central'));
    expect(shown.at(-1)).toBe('central');
    expect(shown.filter((state) => state !== 'central')).toEqual(shown.length > 1 ? ['reading'] : []);
  });

  // Firefox lets the user withdraw the access its manifest asked for, and then hides every tab's address
  // from the extension, a news page's too. Chromium grants content scripts' hosts for good (no API withdraws
  // them), so this journey runs in Firefox only.
  it.runIf(BROWSER === 'firefox')(
    'where site access was withdrawn on the first-run page, says so from the first render, for a tab whose address is hidden',
    async () => {
      const withdrawnBrowser = await launchExtension();
      try {
        // The first-run page says access is granted, and withdraws it with its button, as a reader would.
        const firstRun = await withdrawnBrowser.driver.openExtensionPage('popup/welcome.html', '[data-access]');
        expect(await attrOf(firstRun, '[data-access]', 'data-access')).toBe('granted');
        await clickButton(firstRun, 'Stop reading pages');
        await firstRun.waitForSelector('[data-access="withdrawn"]');
        expect(await textOf(firstRun, 'main button')).toBe('Allow reading pages');
        const granted = await withdrawnBrowser.driver.inExtension(
          () => chrome.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }),
          null,
        );
        expect(granted).toBe(false);
        const { tabId } = await withdrawnBrowser.open(server.url('/fixtures/pages/popup-central.html'), {
          waitForReport: false,
        });
        const popup = await withdrawnBrowser.openPopup(tabId);
        expect(await statesUntil(popup, () => false, 1500)).toEqual(['unavailable/no-access']);
        expect(await countOf(popup, '.site-access button')).toBe(1);
      } finally {
        await withdrawnBrowser.close();
      }
    },
  );

  it('opens a digest from the latest list, with all its items', async () => {
    const popup = await popupFor('popup-none.html');
    await popup.locator('.digest-list [data-digest]').click();
    await popup.waitForSelector('.digest-view');
    expect(await countOf(popup, '.digest-view article.card')).toBeGreaterThan(0);
    expect(await popup.$eval('.digest-view h1', (node) => node === document.activeElement)).toBe(true);
  });
});

describe('settings view', () => {
  it('turns highlights off for this site only, and lists the imported digests', async () => {
    const popup = await popupFor('popup-central.html');
    await clickButton(popup, 'Settings');
    await popup.waitForSelector('.settings-view');
    const site = 'input[name="site"]';
    // The switches come once the settings are read from storage, a moment after the view.
    await popup.waitForSelector(site);
    expect(await isChecked(popup, site)).toBe(true);
    await popup.locator(site).click();
    await expect
      .poll(() =>
        browser.driver.inExtension(
          async () => ((await chrome.storage.local.get('settings')).settings as Settings | undefined)?.disabledSites,
          null,
        ),
      )
      .toEqual(['127.0.0.1']);
    expect(await isChecked(popup, 'input[name="highlights"]')).toBe(true);
    expect(await isVisible(popup, '#user-digests')).toBe(true);
    await popup.locator(site).click();
  });
});

describe('first render', () => {
  it('marks popup-rendered once verdict and items are on screen, and reports the time', async () => {
    const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const popup = await browser.openPopup(tabId);
      await waitForFullRender(popup);
      expect(await countOf(popup, 'article.card')).toBeGreaterThan(0);
      times.push(await popup.evaluate(() => performance.getEntriesByName('popup-rendered')[0].startTime));
      await popup.close();
    }
    times.sort((a, b) => a - b);
    console.log(
      `popup-rendered, 5 opens: ${times.map((time) => time.toFixed(0)).join(', ')} ms (median ${times[2].toFixed(0)})`,
    );
    // The 100 ms target is measured by the benchmark on a quiet machine; here only a gross regression fails.
    expect(times[2]).toBeLessThan(1000);
  });
});
