// The user's own digests in Chromium: import through the options page, find in the popup, refuse bad files, export, remove.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { Digest } from '../../src/core/dataset/schema';
import type { Settings } from '../../src/settings/settings';
import { launchOnProfile, screenshot, waitForFullRender } from './popup-helpers';
import { DIST, type ExtensionBrowser, launchExtension } from './support/extension';

const FIXTURES = new URL('../fixtures/user-digests/', import.meta.url).pathname;
const SEED = new URL('../../data/seeds/astana-times-digest-2023-11-10.txt', import.meta.url).pathname;
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

const stored = (): Promise<Digest[] | null> =>
  browser.worker.evaluate(
    async () => ((await chrome.storage.local.get('userDigests')).userDigests as Digest[]) ?? null,
  );

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup/options.html`);
  await page.locator('#import-file').waitFor();
  return page;
}

async function searchInPopup(query: string): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=999999`);
  await waitForFullRender(popup);
  await popup.locator('#search-input').fill(query);
  return popup;
}

describe('importing a digest file', () => {
  it('previews the file, stores it on confirmation, and the popup’s search finds its items', async () => {
    // A popup already open on a page about the imported story: the item must join its ranking at once.
    const { tabId } = await browser.open(server.url('/fixtures/pages/popup-aral.html'));
    const pagePopup = await browser.openPopup(tabId);
    await waitForFullRender(pagePopup);
    const userCards = pagePopup.locator('article.card[data-item] .digest-line [data-digest="steppe-notes-2024-05-03"]');
    await expect(userCards.count()).resolves.toBe(0);

    const options = await optionsPage();
    await options.locator('#import-file').setInputFiles(`${FIXTURES}good-digest.json`);
    await expect(options.locator('[data-preview-counts]').textContent()).resolves.toContain('Digests: 1 · items: 2');
    expect(await stored()).toBeNull();
    await screenshot(options, 'options-import-preview', { width: 720, height: 700 });
    await options.getByRole('button', { name: 'Add to your digests' }).click();
    await expect(options.locator('[data-import-message="done"]').textContent()).resolves.toContain('Digests added: 1');
    await options.locator('[data-user-digest="steppe-notes-2024-05-03"]').waitFor();
    expect((await stored())?.map((digest) => digest.id)).toEqual(['steppe-notes-2024-05-03']);
    await expect.poll(() => userCards.count()).toBeGreaterThan(0);
    await expect(
      pagePopup
        .locator('section[aria-labelledby="in-digests"] article.card')
        .first()
        .locator('.card-headline')
        .textContent(),
    ).resolves.toBe('Planting saxaul on the dry bed of the Aral Sea');

    // A typo, and a word found only in the imported digest.
    const popup = await searchInPopup('saxaol');
    const result = popup.locator('#search-results [data-result]').first();
    await expect(result.locator('.result-headline').textContent()).resolves.toBe(
      'Planting saxaul on the dry bed of the Aral Sea',
    );
    await result.click();
    await expect(popup.locator('.digest-view .view-heading').textContent()).resolves.toContain('imported by you');
  });

  it('reads digest text too, and says when a digest id is taken and renamed', async () => {
    const options = await optionsPage();
    await options.locator('#import-file').setInputFiles(SEED);
    await expect(options.locator('[data-preview-counts]').textContent()).resolves.toContain('Digests: 1 · items: 3');
    await expect(options.locator('.import-preview').textContent()).resolves.toContain(
      'The id astanatimes-2023-11-10 is taken; this digest becomes astanatimes-2023-11-10-user.',
    );
    await options.getByRole('button', { name: 'Cancel' }).click();
    await expect(options.locator('.import-preview').count()).resolves.toBe(0);
    expect((await stored())?.map((digest) => digest.id)).toEqual(['steppe-notes-2024-05-03']);
  });

  it('refuses a file with a bad field, naming the problem, and leaves storage as it was', async () => {
    const before = await stored();
    const options = await optionsPage();
    await options.locator('#import-file').setInputFiles(`${FIXTURES}bad-topic.json`);
    const message = await options.locator('[data-import-message="error"]').textContent();
    expect(message).toContain('bad-topic.json');
    expect(message).toContain('unknown topic: weather');
    await expect(options.locator('[data-preview-counts]').count()).resolves.toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('refuses markup and never renders it', async () => {
    const before = await stored();
    const options = await optionsPage();
    await options.locator('#import-file').setInputFiles(`${FIXTURES}markup.json`);
    await expect(options.locator('[data-import-message="error"]').textContent()).resolves.toContain('only plain text');
    await expect(options.locator('img').count()).resolves.toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('exports the imported digests as a file that reads back the same', async () => {
    const options = await optionsPage();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('[data-export-all]').click(),
    ]);
    const path = await download.path();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual((await stored())?.[0]);
    expect(download.suggestedFilename()).toBe('kazakhstan-lens-steppe-notes-2024-05-03.json');
  });

  it('removes an imported digest, and search no longer finds it', async () => {
    const options = await optionsPage();
    await options.getByRole('button', { name: /^Remove / }).click();
    await expect(options.locator('[data-import-message="done"]').textContent()).resolves.toBe('Digest removed.');
    expect(await stored()).toEqual([]);
    const popup = await searchInPopup('saxaul');
    await expect(popup.locator('.result-count').textContent()).resolves.toContain('Nothing found');
  });
});

describe('highlight settings on the options page', () => {
  it('saves highlights off, and one kind off, to storage', async () => {
    const options = await optionsPage();
    await options.locator('input[name="highlights"]').uncheck();
    await options.locator('input[name="highlights"]').check();
    await options.locator('input[name="kind-event"]').uncheck();
    await expect
      .poll(() =>
        browser.worker.evaluate(
          async () => ((await chrome.storage.local.get('settings')).settings as Settings | undefined)?.kinds?.event,
        ),
      )
      .toBe(false);
  });
});

/** Imports the good digest through the options page of a browser on `profile`, then closes it. */
async function importAndClose(profile: string, extensionDir?: string): Promise<void> {
  const first = await launchOnProfile(profile, extensionDir);
  const options = await first.context.newPage();
  await options.goto(`chrome-extension://${first.extensionId}/popup/options.html`);
  await options.locator('#import-file').setInputFiles(`${FIXTURES}good-digest.json`);
  await options.getByRole('button', { name: 'Add to your digests' }).click();
  await options.locator('[data-user-digest]').waitFor();
  await first.context.close();
}

/** Opens the popup of a browser on `profile` and searches for the imported digest's item. */
async function searchAfterRelaunch(profile: string, extensionDir?: string): Promise<string> {
  const second = await launchOnProfile(profile, extensionDir);
  try {
    const popup = await second.context.newPage();
    await popup.goto(`chrome-extension://${second.extensionId}/popup/index.html?tab=999999`);
    await waitForFullRender(popup);
    await popup.locator('#search-input').fill('saxaul');
    // The index loads after the first render: the results come when it is read.
    await popup.locator('#search-results [data-result]').first().waitFor();
    await expect(popup.locator('#search-results [data-result]').count()).resolves.toBe(1);
    return await popup.evaluate(() => chrome.runtime.getManifest().version);
  } finally {
    await second.context.close();
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
    // An unpacked extension keeps its id by its folder: the update is new files in the same folder.
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
