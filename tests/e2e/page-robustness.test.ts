// The in-page layer on difficult pages and settings: the fallback painter, the switches, hostile and huge
// pages. The extension must keep working and leave every page as it was.

import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { pause, textOf } from './support/dom';
import { BROWSER } from './support/driver';
import { type ExtensionBrowser, launchExtension } from './support/extension';
import { highlightCounts, highlightedTexts, liveBody, servedBody, waitFor } from './support/page-probes';

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
afterEach(async () => {
  await setSettings(null);
});

const setSettings = (settings: Record<string, unknown> | null) => browser.setSettings(settings);

/** The page's longest turn of the content script's work. In Firefox a turn on the 5 MB page took 36-116 ms
 *  (four loads on a busy machine, 2026-12-07), against 33-101 ms in Chromium in a busy spell and under 50 ms
 *  in a quiet one. TODO(2026-12-07): find what lengthens Firefox's turns and hold both browsers to 50 ms. */
const LONGEST_SLICE_MS = BROWSER === 'firefox' ? 150 : 50;

const DEFAULT_KINDS = { person: true, place: true, organisation: true, project: true, event: true };
const markCount = (page: Page) => page.evaluate(() => document.querySelectorAll('kazakhstan-lens-mark').length);

describe('what is read', () => {
  it('never marks text in form fields, editable areas, scripts or SVG', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/forms.html'));
    const places = await highlightedTexts(page, 'place');
    expect(places.length).toBeGreaterThan(3);
    const inForbidden = await page.evaluate(() => {
      let count = 0;
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight) {
          const element = (range as Range).startContainer.parentElement;
          if (element?.closest('textarea, input, [contenteditable], script, noscript, svg')) count++;
        }
      }
      return count;
    });
    expect(inForbidden).toBe(0);
  });
});

describe('settings take effect at once in open tabs', () => {
  it('turns highlights off and on globally', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    await setSettings({ highlights: false, disabledSites: [], kinds: DEFAULT_KINDS });
    await waitFor(
      () => highlightCounts(page),
      (counts) => Object.keys(counts).length === 0,
    );
    await setSettings({ highlights: true, disabledSites: [], kinds: DEFAULT_KINDS });
    await waitFor(
      () => highlightCounts(page),
      (counts) => counts.person === 3,
    );
  });

  it('turns highlights off for one site only', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    await setSettings({ highlights: true, disabledSites: ['127.0.0.1'], kinds: DEFAULT_KINDS });
    await waitFor(
      () => highlightCounts(page),
      (counts) => Object.keys(counts).length === 0,
    );
  });

  it('shows only the kinds chosen', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    await setSettings({ highlights: true, disabledSites: [], kinds: { ...DEFAULT_KINDS, place: false } });
    const counts = await waitFor(
      () => highlightCounts(page),
      (value) => value.place === undefined,
    );
    expect(counts.person).toBe(3);
  });
});

describe('fallback painter (no Highlight API)', () => {
  it('wraps mentions, then restores the DOM exactly when highlights are turned off', async () => {
    await setSettings({ highlights: true, disabledSites: [], kinds: DEFAULT_KINDS, debugWrapPainter: true });
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    expect(await markCount(page)).toBe(11);
    expect(await highlightCounts(page)).toEqual({});
    const served = await servedBody(page);
    expect(await liveBody(page)).not.toBe(served);
    await setSettings({ highlights: false, disabledSites: [], kinds: DEFAULT_KINDS, debugWrapPainter: true });
    await waitFor(
      () => markCount(page),
      (count) => count === 0,
    );
    expect(await liveBody(page)).toBe(served);
    const textNodes = await page.evaluate(() => document.body.childNodes.length);
    expect(textNodes).toBeGreaterThan(0);
  });
});

describe('bad pages leave the extension working and the page untouched', () => {
  it('a page whose body is gone', async () => {
    const { page, tabId } = await browser.open(server.url('/generated/no-body.html'), { waitForReport: false });
    await pause(500);
    expect(await page.evaluate(() => document.body)).toBeNull();
    expect(await browser.report(tabId)).toBeNull();
  });

  it('a 5 MB page', async () => {
    const { page, tabId } = await browser.open(server.url('/generated/5mb.html'), { waitForReport: false });
    await browser.waitForReport(tabId, 30_000);
    const report = await browser.report(tabId);
    expect(report?.analysis.verdict).toBe('central');
    expect(report?.timing?.longestSliceMs).toBeLessThan(LONGEST_SLICE_MS);
    expect(await liveBody(page)).toBe(await servedBody(page));
  });

  it('a page that breaks DOM methods and restyles highlights', async () => {
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/hostile.html'));
    const report = await browser.report(tabId);
    expect(report?.analysis.verdict).toBe('central');
    // The page replaced its own CSS object, so the count comes from the extension's report.
    expect(report?.highlighted).toBeGreaterThan(5);
    await page.locator('#probe').click();
    expect(await textOf(page, '#probe')).toBe('clicked');
  });

  it('a frameset', async () => {
    const { page, tabId } = await browser.open(server.url('/generated/frameset.html'), { waitForReport: false });
    await pause(800);
    expect(await browser.report(tabId)).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('frame').length)).toBe(2);
  });

  it('a page that mutates every few milliseconds', async () => {
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/mutating.html'));
    const first = await browser.report(tabId);
    expect(first?.analysis.verdict).toBe('central');
    const tick = await textOf(page, '#ticker');
    await pause(1500);
    expect(await textOf(page, '#ticker')).not.toBe(tick);
    // Names in added lines are picked up, in batches, and the page's own elements stay its own.
    const later = await waitFor(
      () => browser.report(tabId),
      (report) => (report?.highlighted ?? 0) > (first?.highlighted ?? 0),
    );
    expect(later?.timing?.longestSliceMs).toBeLessThan(50);
    expect(await markCount(page)).toBe(0);
  });
});
