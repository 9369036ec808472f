// My reading and the composer in Russian and Kazakh: their strings in that language, the popup's 400 px kept,
// and an item of the digests counting the reader's other reports in the language's plural forms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { seriousViolations, waitForFullRender } from './popup-helpers';
import { openReadingView } from './reading-helpers';
import { launchExtension, waitForReport } from './support/extension';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

const LANGUAGES = [
  { locale: 'ru', heading: 'Моё чтение', compose: 'Составить обзор', read: 'Вы прочли 2 других материала об этом' },
  {
    locale: 'kk',
    heading: 'Менің оқығаным',
    compose: 'Шолу құрастыру',
    read: 'Сіз бұл туралы тағы 2 материал оқыдыңыз',
  },
];

describe.each(LANGUAGES)('in $locale', ({ locale, heading, compose, read }) => {
  it('speaks the language and keeps to 400 px', async () => {
    const browser = await launchExtension({ locale });
    try {
      await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { readingLog: true } }));
      let tabId = -1;
      for (const path of [
        '/fixtures/corpus/en/central-kaspi-nasdaq-debut-super-app.html',
        '/fixtures/pages/popup-central.html',
      ]) {
        ({ tabId } = await browser.open(server.url(path)));
        await waitForReport(browser.worker, tabId);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const popup = await browser.openPopup(tabId);
      await waitForFullRender(popup);
      await expect(popup.locator('[data-item="i97a72ff18ed8"] .card-read').first().textContent()).resolves.toBe(read);
      await popup.setViewportSize({ width: 400, height: 600 });
      await openReadingView(popup);
      await popup.locator('[data-log-entry]').first().waitFor();
      await expect(popup.locator('.reading-view h1').textContent()).resolves.toBe(heading);
      await expect(popup.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(400);
      for (const box of await popup.locator('[data-log-entry] input[type="checkbox"]').all()) await box.check();
      await popup.locator('[data-action="compose-digest"]').click();
      await popup.locator('[data-compose-item]').first().waitFor();
      await expect(popup.locator('.compose-view h1').textContent()).resolves.toBe(compose);
      await popup.locator('[data-action="export-digest-json"]').click();
      await popup.locator('[data-compose-problems]').waitFor();
      await expect(popup.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(400);
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
