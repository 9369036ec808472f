// The popup in the browser's language: English, Russian and Kazakh strings; dataset text stays as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { screenshot, waitForFullRender } from './popup-helpers';
import { attrOf, textOf, textsOf } from './support/dom';
import { launchExtension } from './support/extension';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

const LANGUAGES = [
  {
    locale: 'en',
    verdict: 'About Kazakhstan',
    heading: 'In the digests',
    search: 'Search the digests',
    welcome: 'Kazakhstan Lens is ready',
  },
  {
    locale: 'ru',
    verdict: 'О Казахстане',
    heading: 'В обзорах',
    search: 'Поиск по обзорам',
    welcome: 'Kazakhstan Lens готов к работе',
  },
  {
    locale: 'kk',
    verdict: 'Қазақстан туралы',
    heading: 'Шолуларда',
    search: 'Шолулардан іздеу',
    welcome: 'Kazakhstan Lens дайын',
  },
];

describe.each(LANGUAGES)('in $locale', ({ locale, verdict, heading, search, welcome }) => {
  it('shows the interface in that language and the digests as written', async () => {
    const browser = await launchExtension({ locale });
    try {
      const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
      const popup = await browser.openPopup(tabId);
      await waitForFullRender(popup);
      expect(await attrOf(popup, 'html', 'lang')).toMatch(new RegExp(`^${locale}`));
      expect(await textOf(popup, 'h1.verdict-words')).toContain(verdict);
      expect(await textOf(popup, '#in-digests')).toBe(heading);
      expect(await attrOf(popup, '#search-input', 'placeholder')).toBe(search);
      // Dataset text is never translated: the headline is the one the digest gave.
      expect(await textsOf(popup, 'article.card .card-headline')).toContain(
        'Kaspi looks beyond London listing to brighter lights of New York',
      );
      if (locale !== 'en') await screenshot(popup, `popup-article-${locale}`);
      // The first-run page speaks the same language.
      const firstRun = await browser.driver.openExtensionPage('popup/welcome.html', 'main h1');
      expect(await attrOf(firstRun, 'html', 'lang')).toMatch(new RegExp(`^${locale}`));
      expect(await textOf(firstRun, 'main h1')).toBe(welcome);
    } finally {
      await browser.close();
    }
  });
});
