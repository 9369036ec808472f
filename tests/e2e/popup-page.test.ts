// The popup for the page being read, in Chromium: verdict and chips, ranked items and why, related coverage, empty states.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Settings } from '../../src/settings/settings';
import { dataset, itemByHeadline, screenshot, waitForFullRender } from './popup-helpers';
import { type ExtensionBrowser, launchExtension, reportOf } from './support/extension';
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

describe('popup for an article about Kazakhstan', () => {
  it('states the verdict in words, with a chip and count per name found', async () => {
    const popup = await popupFor('popup-central.html');
    await expect(popup.locator('.popup').getAttribute('data-verdict')).resolves.toBe('central');
    await expect(popup.locator('h1.verdict-words').textContent()).resolves.toContain('About Kazakhstan');
    const kaspi = popup.locator('.chips [data-entity="kaspi-kz"]');
    await expect(kaspi.textContent()).resolves.toMatch(/Kaspi\.kz\s*\d+/);
    await screenshot(popup, 'popup-article');
  });

  it('opens the entity view from a chip, with description, other names and items over time', async () => {
    const popup = await popupFor('popup-central.html');
    await popup.locator('.chips [data-entity="kaspi-kz"]').click();
    const view = popup.locator('[data-entity-view="kaspi-kz"]');
    await view.waitFor();
    await expect(view.locator('h1').textContent()).resolves.toContain('Kaspi');
    await expect(view.locator('.description').textContent()).resolves.not.toBe('');
    await expect(view.locator('.year-heading').first().textContent()).resolves.toMatch(/^\d{4}$/);
    await expect(view.locator('[data-item]').count()).resolves.toBeGreaterThan(1);
    await screenshot(popup, 'popup-entity');
    await popup.keyboard.press('Escape');
    await popup.locator('.verdict').waitFor();
  });

  it('ranks the items that share the story first, each saying what it matched on', async () => {
    const popup = await popupFor('popup-central.html');
    const cards = popup.locator('section[aria-labelledby="in-digests"] article.card');
    const reuters = itemByHeadline('Fintech heavyweight Kaspi.kz valued at $17.5 billion in tepid Nasdaq debut');
    const ft = itemByHeadline('Kaspi looks beyond London listing to brighter lights of New York');
    const firstTwo = await cards.evaluateAll((nodes) =>
      nodes.slice(0, 2).map((node) => node.getAttribute('data-item')),
    );
    expect(firstTwo.sort()).toEqual([reuters.id, ft.id].sort());
    const first = cards.first();
    await expect(first.locator('.card-meta').textContent()).resolves.toMatch(/(Reuters|Financial Times) · /);
    await expect(first.locator('.digest-line a').first().getAttribute('href')).resolves.toMatch(/^https:\/\//);
    const reasons = await first.locator('[data-reason]').allInnerTexts();
    expect(reasons).toContain('Kaspi.kz');
    await expect(first.locator('[data-reason="wording"]').count()).resolves.toBe(1);
    await expect(first.locator('[data-reason="date"]').count()).resolves.toBe(1);
  });

  it('shows the items the worker ranked for the page once its report arrived', async () => {
    const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
    const report = await waitFor(
      () => reportOf(browser.worker, tabId),
      (value) => Boolean(value?.ranked),
    );
    const popup = await browser.openPopup(tabId);
    await waitForFullRender(popup);
    const shown = await popup
      .locator('section[aria-labelledby="in-digests"] article.card')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item')));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toEqual(report?.ranked?.slice(0, shown.length).map((ranked) => ranked.id));
  });

  it('lists related coverage: the story by each outlet, dates in order', async () => {
    const popup = await popupFor('popup-central.html');
    const story = popup.locator('.stories .story').first();
    await story.waitFor();
    await expect(story.locator('.story-outlets').textContent()).resolves.toContain('Reuters');
    await expect(story.locator('.story-outlets').textContent()).resolves.toContain('Financial Times');
    const outlets = await story.locator('.timeline-outlet').allInnerTexts();
    expect(outlets).toEqual(['Reuters', 'Financial Times']);
    await story.locator('.timeline-headline').first().click();
    const digest = popup.locator('.digest-view');
    await digest.waitFor();
    await expect(digest.locator('.card-highlighted').count()).resolves.toBe(1);
    await screenshot(popup, 'popup-digest');
  });

  it('puts first, marked, the digest item that reviewed the very article on the page', async () => {
    const popup = await popupFor('popup-reviewed.html');
    const reviewed = itemByHeadline("Kazakhstan's leader makes neutrality an art");
    const first = popup.locator('section[aria-labelledby="in-digests"] article.card').first();
    await expect(first.getAttribute('data-item')).resolves.toBe(reviewed.id);
    await expect(first.getAttribute('data-reviewed')).resolves.toBe('true');
    await expect(first.locator('.badge').textContent()).resolves.toBe('The article you are reading');
    await expect(first.locator('[data-reason="article"]').textContent()).resolves.toContain('same outlet and headline');
  });
});

describe('popup for a page with no digest matches', () => {
  it('says in one line that the page is not about Kazakhstan and offers the latest digests', async () => {
    const popup = await popupFor('popup-none.html');
    await expect(popup.locator('.popup').getAttribute('data-verdict')).resolves.toBe('none');
    await expect(popup.locator('.why').textContent()).resolves.toContain('not about Kazakhstan');
    await expect(popup.locator('.digest-list [data-digest]').count()).resolves.toBeGreaterThan(3);
    await expect(popup.locator('#search-input').isVisible()).resolves.toBe(true);
    await screenshot(popup, 'popup-not-about');
  });

  it('names a latest digest without a title by its first headlines, and says its publisher beside them', async () => {
    const popup = await popupFor('popup-none.html');
    const asset = dataset();
    const ids = await popup
      .locator('.digest-list [data-digest]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-digest')));
    const untitled = asset.digests.find((digest) => ids.includes(digest.id) && digest.title === null);
    if (!untitled) throw new Error('the latest digests should include one without a title');
    const first = asset.items.find((item) => item.digests.includes(untitled.id));
    const row = popup.locator(`.digest-list [data-digest="${untitled.id}"]`);
    await expect(row.locator('.digest-row-title').textContent()).resolves.toContain(first?.headline ?? first?.outlet);
    expect((await row.locator('.muted').textContent())?.startsWith(`${untitled.publisher} · `)).toBe(true);
  });

  it('shows the latest digests when a page mentions Kazakhstan but matches no item', async () => {
    const popup = await popupFor('popup-mentions.html');
    await expect(popup.locator('.popup').getAttribute('data-verdict')).resolves.toBe('mentions');
    await expect(popup.locator('.digest-list [data-digest]').count()).resolves.toBeGreaterThan(0);
  });

  it('says why a page only mentions Kazakhstan: one of the countries it names', async () => {
    const popup = await popupFor('popup-mentions.html');
    await expect(popup.locator('.verdict-why').getAttribute('data-why')).resolves.toBe('one-of');
    await expect(popup.locator('.verdict-why').textContent()).resolves.toMatch(/One of \d+ countries/);
  });

  it('explains a browser page it could not read, never an empty pane', async () => {
    const { page, tabId } = await browser.open('about:blank', { waitForReport: false });
    const popup = await browser.openPopup(tabId);
    await waitForFullRender(popup);
    await expect(popup.locator('.popup').getAttribute('data-verdict')).resolves.toBe('unavailable');
    await expect(popup.locator('.why').getAttribute('data-why')).resolves.toBe('browser-page');
    await expect(popup.locator('.digest-list [data-digest]').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('opens a digest from the latest list, with all its items', async () => {
    const popup = await popupFor('popup-none.html');
    await popup.locator('.digest-list [data-digest]').first().click();
    await popup.locator('.digest-view').waitFor();
    await expect(popup.locator('.digest-view article.card').count()).resolves.toBeGreaterThan(0);
    await expect(popup.locator('.digest-view h1').evaluate((node) => node === document.activeElement)).resolves.toBe(
      true,
    );
  });
});

describe('settings view', () => {
  it('turns highlights off for this site only, and lists the imported digests', async () => {
    const popup = await popupFor('popup-central.html');
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.locator('.settings-view').waitFor();
    const site = popup.locator('input[name="site"]');
    await expect(site.isChecked()).resolves.toBe(true);
    await site.uncheck();
    await expect
      .poll(() =>
        browser.worker.evaluate(
          async () => ((await chrome.storage.local.get('settings')).settings as Settings | undefined)?.disabledSites,
        ),
      )
      .toEqual(['127.0.0.1']);
    await expect(popup.locator('input[name="highlights"]').isChecked()).resolves.toBe(true);
    await expect(popup.locator('#user-digests').isVisible()).resolves.toBe(true);
    await site.check();
  });
});

describe('first render', () => {
  it('marks popup-rendered once verdict and items are on screen, and reports the time', async () => {
    const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const popup = await browser.openPopup(tabId);
      await waitForFullRender(popup);
      await expect(popup.locator('article.card').count()).resolves.toBeGreaterThan(0);
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
