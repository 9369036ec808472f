// Privacy, tested: every request made while the extension works through the fixtures must go to the
// extension's own files (or be a fixture page's own request to its server). Anything else fails.
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { type ExtensionBrowser, launchExtension } from './support/extension';
import { pointOf } from './support/page-probes';

let browser: ExtensionBrowser;
let server: FixtureServer;
const requests: Request[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
  browser.context.on('request', (request) => requests.push(request));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Requests that leave the extension's own files: from the worker or an extension page to anywhere else,
 *  or from a fixture page to anything but its own server. */
function strayRequests(): string[] {
  const own = `chrome-extension://${browser.extensionId}/`;
  return requests
    .filter((request) => {
      const url = request.url();
      if (url.startsWith(own) || url.startsWith('data:')) return false;
      const fromExtension = request.serviceWorker() !== null || (request.frame()?.url() ?? '').startsWith(own);
      return fromExtension || !url.startsWith(server.origin);
    })
    .map((request) => `${request.serviceWorker() ? 'worker' : 'page'} → ${request.url()}`);
}

describe('privacy', () => {
  it('makes no request beyond its own files while reading pages, showing cards and the popup', async () => {
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
        await page.waitForTimeout(300);
      }
      const popup = await browser.openPopup(tabId);
      await popup.waitForTimeout(500);
      await popup.close();
    }
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/popup/options.html`);
    await options.waitForTimeout(500);
    expect(requests.length).toBeGreaterThan(10);
    expect(strayRequests()).toEqual([]);
  });

  it('would catch a request if the extension made one', async () => {
    await browser.worker.evaluate(async () => {
      await fetch('http://127.0.0.2:9/probe').catch(() => undefined);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(strayRequests()).toEqual(['worker → http://127.0.0.2:9/probe']);
  });
});
