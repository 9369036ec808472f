// My reading and the composer in Russian and Kazakh: their strings in that language, the popup's 400 px kept,
// and an item of the digests counting the reader's other reports in the language's plural forms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { seriousViolations, waitForFullRender } from './popup-helpers';
import { chooseEveryPage, openReadingView } from './reading-helpers';
import { pause, textOf } from './support/dom';
import { launchExtension } from './support/extension';

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
      await browser.setSettings({ readingLog: true });
      let tabId = -1;
      for (const path of [
        '/fixtures/corpus/en/central-kaspi-nasdaq-debut-super-app.html',
        '/fixtures/pages/popup-central.html',
      ])
        ({ tabId } = await browser.open(server.url(path)));
      // The worker records each page once its report is in.
      await pause(300);
      const popup = await browser.openPopup(tabId);
      await waitForFullRender(popup);
      const card = '[data-item="i97a72ff18ed8"] .card-read';
      await popup.waitForSelector(card);
      expect(await textOf(popup, card)).toBe(read);
      await popup.setViewport({ width: 400, height: 600 });
      await openReadingView(popup);
      await popup.waitForSelector('[data-log-entry]');
      expect(await textOf(popup, '.reading-view h1')).toBe(heading);
      expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      await chooseEveryPage(popup);
      await popup.locator('[data-action="compose-digest"]').click();
      await popup.waitForSelector('[data-compose-item]');
      expect(await textOf(popup, '.compose-view h1')).toBe(compose);
      await popup.locator('[data-action="export-digest-json"]').click();
      await popup.waitForSelector('[data-compose-problems]');
      expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      expect(await seriousViolations(popup)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
