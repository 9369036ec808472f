// The user's own digests: import through the options page, find in the popup, refuse bad files, export, remove.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Digest } from '../../src/core/dataset/schema';
import type { Settings } from '../../src/settings/settings';
import { screenshot, waitForFullRender } from './popup-helpers';
import { clickButton, countOf, fill, textOf } from './support/dom';
import { DIST, type ExtensionBrowser, launchExtension } from './support/extension';
import { waitFor } from './support/page-probes';

const FIXTURES = new URL('../fixtures/user-digests/', import.meta.url).pathname;
const SEED = new URL('../../data/seeds/astana-times-digest-2023-11-10.txt', import.meta.url).pathname;
const downloads = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-downloads-'));
let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension({ downloads });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const stored = (): Promise<Digest[] | null> =>
  browser.driver.inExtension(
    async () => ((await chrome.storage.local.get('userDigests')).userDigests as Digest[]) ?? null,
    null,
  );

async function chooseFile(page: Page, path: string): Promise<void> {
  const input = await page.$('#import-file');
  if (!input) throw new Error('the options page has no file field');
  await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(path);
}

async function searchInPopup(on: ExtensionBrowser, query: string): Promise<Page> {
  const popup = await on.driver.openExtensionPage('popup/index.html?tab=999999', '[data-verdict]');
  await waitForFullRender(popup);
  await fill(popup, '#search-input', query);
  return popup;
}

describe('importing a digest file', () => {
  it('previews the file, stores it on confirmation, and the popup’s search finds its items', async () => {
    // A popup already open on a page about the imported story: the item must join its ranking at once.
    const { tabId } = await browser.open(server.url('/fixtures/pages/popup-aral.html'));
    const pagePopup = await browser.openPopup(tabId);
    await waitForFullRender(pagePopup);
    const userCards = 'article.card[data-item] .digest-line [data-digest="steppe-notes-2024-05-03"]';
    expect(await countOf(pagePopup, userCards)).toBe(0);

    const options = await browser.openOptions();
    await chooseFile(options, `${FIXTURES}good-digest.json`);
    await options.waitForSelector('[data-preview-counts]');
    expect(await textOf(options, '[data-preview-counts]')).toContain('Digests: 1 · items: 2');
    expect(await stored()).toBeNull();
    await screenshot(options, 'options-import-preview', { width: 720, height: 700 });
    await clickButton(options, 'Add to your digests');
    await options.waitForSelector('[data-import-message="done"]');
    expect(await textOf(options, '[data-import-message="done"]')).toContain('Digests added: 1');
    await options.waitForSelector('[data-user-digest="steppe-notes-2024-05-03"]');
    expect((await stored())?.map((digest) => digest.id)).toEqual(['steppe-notes-2024-05-03']);
    await expect.poll(() => countOf(pagePopup, userCards)).toBeGreaterThan(0);
    expect(
      await textOf(
        pagePopup,
        'section[aria-labelledby="in-digests"] .cards > li:first-child > article.card .card-headline',
      ),
    ).toBe('Planting saxaul on the dry bed of the Aral Sea');

    // A typo, and a word found only in the imported digest.
    const popup = await searchInPopup(browser, 'saxaol');
    const result = '#search-results [data-result]';
    await popup.waitForSelector(result);
    expect(await textOf(popup, `${result} .result-headline`)).toBe('Planting saxaul on the dry bed of the Aral Sea');
    await popup.locator(result).click();
    await popup.waitForSelector('.digest-view .view-heading');
    expect(await textOf(popup, '.digest-view .view-heading')).toContain('imported by you');
  });

  it('reads digest text too, and says when a digest id is taken and renamed', async () => {
    const options = await browser.openOptions();
    await chooseFile(options, SEED);
    await options.waitForSelector('[data-preview-counts]');
    expect(await textOf(options, '[data-preview-counts]')).toContain('Digests: 1 · items: 3');
    expect(await textOf(options, '.import-preview')).toContain(
      'The id astanatimes-2023-11-10 is taken; this digest becomes astanatimes-2023-11-10-user.',
    );
    await clickButton(options, 'Cancel');
    await expect.poll(() => countOf(options, '.import-preview')).toBe(0);
    expect((await stored())?.map((digest) => digest.id)).toEqual(['steppe-notes-2024-05-03']);
  });

  it('refuses a file with a bad field, naming the problem, and leaves storage as it was', async () => {
    const before = await stored();
    const options = await browser.openOptions();
    await chooseFile(options, `${FIXTURES}bad-topic.json`);
    await options.waitForSelector('[data-import-message="error"]');
    const message = await textOf(options, '[data-import-message="error"]');
    expect(message).toContain('bad-topic.json');
    expect(message).toContain('unknown topic: weather');
    expect(await countOf(options, '[data-preview-counts]')).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('refuses markup and never renders it', async () => {
    const before = await stored();
    const options = await browser.openOptions();
    await chooseFile(options, `${FIXTURES}markup.json`);
    await options.waitForSelector('[data-import-message="error"]');
    expect(await textOf(options, '[data-import-message="error"]')).toContain('only plain text');
    expect(await countOf(options, 'img')).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('exports the imported digests as a file that reads back the same', async () => {
    const options = await browser.openOptions();
    await options.locator('[data-export-all]').click();
    const file = join(downloads, 'kazakhstan-lens-steppe-notes-2024-05-03.json');
    // The browser writes the file under a temporary name first: wait until it is whole.
    const text = await waitFor(
      async () => (existsSync(file) ? readFileSync(file, 'utf8') : ''),
      (content) => content.endsWith('}') || content.endsWith('}\n'),
    );
    expect(JSON.parse(text)).toEqual((await stored())?.[0]);
  });

  it('removes an imported digest, and search no longer finds it', async () => {
    const options = await browser.openOptions();
    await clickButton(options, /^Remove /);
    await options.waitForSelector('[data-import-message="done"]');
    expect(await textOf(options, '[data-import-message="done"]')).toBe('Digest removed.');
    expect(await stored()).toEqual([]);
    const popup = await searchInPopup(browser, 'saxaul');
    await expect.poll(() => textOf(popup, '.result-count').catch(() => '')).toContain('Nothing found');
  });
});

describe('highlight settings on the options page', () => {
  it('saves highlights off, and one kind off, to storage', async () => {
    const options = await browser.openOptions();
    // The switches come once the settings are read from storage, a moment after the page.
    await options.waitForSelector('input[name="kind-event"]');
    await options.locator('input[name="highlights"]').click();
    await options.locator('input[name="highlights"]').click();
    await options.locator('input[name="kind-event"]').click();
    await expect
      .poll(() =>
        browser.driver.inExtension(
          async () => ((await chrome.storage.local.get('settings')).settings as Settings | undefined)?.kinds?.event,
          null,
        ),
      )
      .toBe(false);
  });
});

/** Imports the good digest through the options page of a browser on `profile`, then closes it. */
async function importAndClose(profile: string, extensionDir?: string): Promise<void> {
  const first = await launchExtension({ profile, extensionDir });
  try {
    const options = await first.openOptions();
    await chooseFile(options, `${FIXTURES}good-digest.json`);
    await options.waitForSelector('[data-preview-counts]');
    await clickButton(options, 'Add to your digests');
    await options.waitForSelector('[data-user-digest]');
  } finally {
    await first.close();
  }
}

/** Opens the popup of a browser on `profile` and searches for the imported digest's item. */
async function searchAfterRelaunch(profile: string, extensionDir?: string): Promise<string> {
  const second = await launchExtension({ profile, extensionDir });
  try {
    const popup = await searchInPopup(second, 'saxaul');
    // The index loads after the first render: the results come when it is read.
    await popup.waitForSelector('#search-results [data-result]');
    expect(await countOf(popup, '#search-results [data-result]')).toBe(1);
    return await popup.evaluate(() => chrome.runtime.getManifest().version);
  } finally {
    await second.close();
  }
}

describe('after a browser restart', () => {
  it('still has the imported digests, and search still finds them', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-restart-'));
    try {
      await importAndClose(profile);
      await searchAfterRelaunch(profile);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('after an extension update', () => {
  it('still has the imported digests under the new version', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-update-'));
    // An unpacked extension keeps its id by its folder (Chromium) or its add-on id (Firefox): the update is
    // new files in the same folder.
    const installed = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-installed-'));
    try {
      cpSync(DIST, installed, { recursive: true });
      await importAndClose(profile, installed);
      const manifestPath = join(installed, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
      const newer = `${manifest.version}.1`;
      writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: newer }));
      expect(await searchAfterRelaunch(profile, installed)).toBe(newer);
    } finally {
      rmSync(profile, { recursive: true, force: true });
      rmSync(installed, { recursive: true, force: true });
    }
  });
});
