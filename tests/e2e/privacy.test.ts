// Privacy, tested: the browser sends every request it makes through the fixture server as its proxy, so
// each request of the extension's pages, background and content scripts is seen, whatever the browser.
// Only the fixture pages' own requests to their server may be there (the extension's files never touch the
// network). Anything else fails, and so does a request to the fixture server from an extension context.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { downloaded, openReadingView } from './reading-helpers';
import { fill, pause } from './support/dom';
import { type ExtensionBrowser, launchExtension } from './support/extension';
import { pointOf } from './support/page-probes';

const downloads = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-downloads-'));
let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension({ proxy: server.origin, downloads });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Requests to anywhere but the fixture server, or to it from one of the extension's own contexts. The
 *  browser's own calls home (the driver names their hosts) are not the extension's. */
function strayRequests(): string[] {
  const own = (url: string) => browser.driver.ownHosts.includes(new URL(url).hostname);
  return server.requests
    .filter(
      ({ url, origin }) =>
        (!url.startsWith(`${server.origin}/`) && !own(url)) || /^(chrome|moz)-extension:/.test(origin ?? ''),
    )
    .map(({ url, origin }) => (origin ? `${url} from ${origin.split(':')[0]}` : url));
}

/** Lists the log by story, composes a digest of its first page and exports it both ways. */
async function composeAndExport(): Promise<void> {
  const { tabId } = await browser.open(server.url('/fixtures/pages/central-en.html'));
  const popup = await browser.openPopup(tabId);
  await openReadingView(popup);
  await popup.locator('[data-log-entry] input[type="checkbox"]').click();
  await popup.locator('[data-action="compose-digest"]').click();
  await popup.waitForSelector('textarea[name="summary"]');
  await fill(popup, 'input[name="publisher"]', 'Privacy Desk');
  await fill(popup, 'input[name="date"]', '2026-01-15');
  await fill(popup, 'textarea[name="summary"]', Array.from({ length: 30 }, (_, n) => `word${n}`).join(' '));
  await fill(popup, 'input[name="outlet"]', 'Test Wire');
  await popup.locator('.compose-topics summary').click();
  await popup.locator('input[name="topic-politics"]').click();
  for (const [action, file] of [
    ['export-digest-json', 'kazakhstan-lens-privacy-desk-2026-01-15.json'],
    ['export-digest-markdown', 'kazakhstan-lens-privacy-desk-2026-01-15.md'],
  ]) {
    await popup.locator(`[data-action="${action}"]`).click();
    // The file is there: the export ran, so an empty list of requests below covers it.
    await downloaded(downloads, file, (text) => text.includes('word29'));
  }
  await popup.close();
}

describe('privacy', () => {
  it('makes no request beyond its own files while reading pages, logging them, showing cards and the popup', async () => {
    // The reading log on, so that recording, listing by story, composing and exporting are all watched.
    await browser.setSettings({ readingLog: true });
    const pages = [
      '/fixtures/pages/central-en.html',
      '/fixtures/pages/central-ru.html',
      '/fixtures/pages/spa.html',
      '/fixtures/pages/none-en.html',
      '/demo/astana-uranium.html',
    ];
    for (const path of pages) {
      const { page, tabId } = await browser.open(server.url(path));
      if (path.includes('central-en')) {
        const point = await pointOf(page, 'Kazatomprom');
        await page.mouse.move(point.x, point.y);
        await pause(300);
      }
      const popup = await browser.openPopup(tabId);
      await pause(500);
      await popup.close();
    }
    await composeAndExport();
    const options = await browser.openOptions();
    await pause(500);
    await options.close();
    // The pages went through the proxy: it saw the traffic, so an empty list below means something.
    expect(server.requests.length).toBeGreaterThanOrEqual(pages.length);
    expect(strayRequests()).toEqual([]);
  });

  it('would catch a request if the extension made one', async () => {
    await browser.driver.inExtension(async () => {
      await fetch('http://tracker.example/probe').catch(() => undefined);
    }, null);
    await pause(300);
    // Firefox may try the address over HTTPS first: either way, the host is the one the extension asked for.
    const hosts = strayRequests().map((line) => new URL(line.split(' ')[0]).hostname);
    expect(hosts.length).toBeGreaterThan(0);
    expect(new Set(hosts)).toEqual(new Set(['tracker.example']));
  });
});
