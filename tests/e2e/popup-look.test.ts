// How the popup looks and reads: the browser's dark scheme, 400 px, and no serious axe-core violation in any view.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { screenshot, seriousViolations, waitForFullRender } from './popup-helpers';
import { fill } from './support/dom';
import { type ExtensionBrowser, launchExtension } from './support/extension';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

/** Opens every view in turn and collects axe-core's serious and critical findings in each. */
async function auditEveryView(browser: ExtensionBrowser, shoot: (popup: Page, view: string) => Promise<void>) {
  const found: Record<string, string[]> = {};
  const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
  const popup = await browser.openPopup(tabId);
  await waitForFullRender(popup);
  await popup.waitForSelector('.stories .story');
  found.page = await seriousViolations(popup);
  await shoot(popup, 'page');

  await popup.locator('.chips [data-entity]').click();
  await popup.waitForSelector('.entity-view');
  found.entity = await seriousViolations(popup);

  await popup.locator('.entity-view .digest-line button').click();
  await popup.waitForSelector('.digest-view');
  found.digest = await seriousViolations(popup);

  await fill(popup, '#search-input', 'astana');
  await popup.waitForSelector('#search-results [data-result]');
  found.search = await seriousViolations(popup);
  await shoot(popup, 'search');

  await popup.locator('.top-bar .icon-button').click();
  await popup.waitForSelector('.settings-view');
  found.settings = await seriousViolations(popup);
  await shoot(popup, 'settings');

  const none = await browser.open(server.url('/fixtures/pages/popup-none.html'));
  const empty = await browser.openPopup(none.tabId);
  await waitForFullRender(empty);
  found.none = await seriousViolations(empty);

  const welcome = await browser.driver.openExtensionPage('popup/welcome.html', 'main h1');
  found.welcome = await seriousViolations(welcome);

  const options = await browser.openOptions();
  found.options = await seriousViolations(options);
  return found;
}

const clean = (found: Record<string, string[]>) => Object.fromEntries(Object.keys(found).map((view) => [view, []]));

describe('light scheme', () => {
  it('has no serious or critical axe-core violation in any view', async () => {
    const browser = await launchExtension({ colorScheme: 'light' });
    try {
      const found = await auditEveryView(browser, async (popup, view) => {
        if (view === 'settings') await screenshot(popup, 'popup-settings');
      });
      expect(found).toEqual(clean(found));
    } finally {
      await browser.close();
    }
  });
});

describe('dark scheme', () => {
  it('follows the browser into dark colours, 400 px wide, with system fonts', async () => {
    const browser = await launchExtension({ colorScheme: 'dark' });
    try {
      const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
      const popup = await browser.openPopup(tabId);
      await waitForFullRender(popup);
      const look = await popup.evaluate(() => {
        const style = getComputedStyle(document.body);
        return {
          background: style.backgroundColor,
          color: style.color,
          width: document.body.offsetWidth,
          font: style.fontFamily,
        };
      });
      const [r, g, b] = look.background.match(/\d+/g)!.map(Number);
      expect(r + g + b).toBeLessThan(150);
      expect(look.width).toBe(400);
      expect(look.font).toContain('system-ui');
      await screenshot(popup, 'popup-article-dark');
    } finally {
      await browser.close();
    }
  });

  it('has no serious or critical axe-core violation in any view', async () => {
    const browser = await launchExtension({ colorScheme: 'dark' });
    try {
      const found = await auditEveryView(browser, async (popup, view) => {
        if (view === 'search') await screenshot(popup, 'popup-search-dark', { height: 760, whole: false });
      });
      expect(found).toEqual(clean(found));
    } finally {
      await browser.close();
    }
  });
});

describe('fitting its panel', () => {
  it('never scrolls sideways, at any width a browser gives a popup, with a scrollbar that takes space', async () => {
    const browser = await launchExtension({ classicScrollbars: true });
    try {
      const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
      const popup = await browser.openPopup(tabId);
      await waitForFullRender(popup);
      const overflows: string[] = [];
      let scrollbar = 0;
      // From a narrow panel to the widest both browsers allow (800 px), with 600 px of height, the most
      // either gives: the page is taller, so the vertical scrollbar is there.
      for (const width of [320, 360, 384, 385, 399, 400, 401, 414, 415, 420, 480, 600, 800]) {
        await popup.setViewport({ width, height: 600 });
        const fit = await popup.evaluate(() => {
          const root = document.documentElement;
          const settings = document.querySelector('.top-bar .icon-button')!.getBoundingClientRect();
          return {
            scrollbar: window.innerWidth - root.clientWidth,
            sideways: root.scrollWidth - root.clientWidth,
            settingsOut: Math.max(0, settings.right - root.clientWidth),
          };
        });
        scrollbar = Math.max(scrollbar, fit.scrollbar);
        if (fit.sideways > 0 || fit.settingsOut > 0) overflows.push(`${width} px: ${JSON.stringify(fit)}`);
      }
      // The scrollbar really took space, so the widths above were squeezed by it.
      expect(scrollbar).toBeGreaterThan(0);
      expect(overflows).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('no layout jump', () => {
  it('keeps the verdict header where it is when the items arrive', async () => {
    const browser = await launchExtension();
    try {
      const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
      const popup = await browser.driver.openExtensionPage(`popup/index.html?tab=${tabId}`, '.verdict');
      const top = () => popup.$eval('#in-digests', (node) => node.getBoundingClientRect().top);
      const before = await top();
      await waitForFullRender(popup);
      expect(await top()).toBe(before);
    } finally {
      await browser.close();
    }
  });
});
