// How the popup looks and reads: the browser's dark scheme, 400 px, and no serious axe-core violation in any view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { screenshot, seriousViolations, waitForFullRender } from './popup-helpers';
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
  await popup.locator('.stories .story').first().waitFor();
  found.page = await seriousViolations(popup);
  await shoot(popup, 'page');

  await popup.locator('.chips [data-entity]').first().click();
  await popup.locator('.entity-view').waitFor();
  found.entity = await seriousViolations(popup);

  await popup.locator('.entity-view .digest-line button').first().click();
  await popup.locator('.digest-view').waitFor();
  found.digest = await seriousViolations(popup);

  await popup.locator('#search-input').fill('astana');
  await popup.locator('#search-results [data-result]').first().waitFor();
  found.search = await seriousViolations(popup);
  await shoot(popup, 'search');

  await popup.locator('.top-bar .icon-button').click();
  await popup.locator('.settings-view').waitFor();
  found.settings = await seriousViolations(popup);
  await shoot(popup, 'settings');

  const none = await browser.open(server.url('/fixtures/pages/popup-none.html'));
  const empty = await browser.openPopup(none.tabId);
  await waitForFullRender(empty);
  found.none = await seriousViolations(empty);

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/popup/options.html`);
  await options.locator('#import-file').waitFor();
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

describe('no layout jump', () => {
  it('keeps the verdict header where it is when the items arrive', async () => {
    const browser = await launchExtension();
    try {
      const { tabId } = await browser.open(server.url('/fixtures/pages/popup-central.html'));
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
      await popup.locator('.verdict').waitFor();
      const before = await popup.locator('#in-digests').boundingBox();
      await waitForFullRender(popup);
      const after = await popup.locator('#in-digests').boundingBox();
      expect(after?.y).toBe(before?.y);
    } finally {
      await browser.close();
    }
  });
});
