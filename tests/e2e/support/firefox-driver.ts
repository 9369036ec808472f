// The journeys' driver for Firefox: puppeteer-core over WebDriver BiDi, the unpacked build installed as a
// temporary add-on (BiDi webExtension.install) under a UUID fixed by pref, and one of the extension's own
// pages as the place its APIs are called from (BiDi does not reach the background page).
import puppeteer, { type Page } from 'puppeteer-core';
import { FIREFOX_UUID, findFirefox, firefoxPrefs } from '../../../scripts/lib/firefox';
import { DEFAULT_VIEWPORT, type ExtensionDriver, type LaunchOptions } from './driver';

export const FIREFOX_DIST = new URL('../../../dist/firefox/', import.meta.url).pathname;

const ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export async function launchFirefox(profile: string, options: LaunchOptions): Promise<ExtensionDriver> {
  const prefs = firefoxPrefs(options);
  if (options.proxy) {
    const { hostname, port } = new URL(options.proxy);
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': hostname,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': hostname,
      'network.proxy.ssl_port': Number(port),
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    });
  }
  if (options.downloads)
    Object.assign(prefs, {
      'browser.download.dir': options.downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    });
  if (options.smallStorage) prefs['dom.quotaManager.temporaryStorage.fixedLimit'] = 20 * 1024; // in KB
  if (options.classicScrollbars) prefs['widget.gtk.overlay-scrollbars.enabled'] = false;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Release builds read services.settings.server (pointed nowhere by puppeteer) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    userDataDir: profile,
    // Lets BiDi open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
    defaultViewport: DEFAULT_VIEWPORT,
  });
  await browser.installExtension(options.extensionDir ?? FIREFOX_DIST);

  // Puppeteer's navigation to an extension page may never resolve, and now and then the page stays blank:
  // wait for the page's own readiness, and ask again for a page that has not started.
  const openExtensionPage = async (path: string, ready: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${ORIGIN}/${path}`;
    for (let attempt = 0; attempt < 3; attempt++) {
      void page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        const at = await page.evaluate(() => location.href).catch(() => '');
        if (at.startsWith(ORIGIN)) {
          await page.waitForSelector(ready, { timeout: 15_000 });
          return page;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    throw new Error(`${url} did not open`);
  };
  // The options page, kept open, is where the journeys call the extension's APIs from.
  const home = await openExtensionPage('popup/options.html', '#import-file');
  return {
    name: 'firefox',
    browser,
    origin: ORIGIN,
    ownHosts: [],
    inExtension: (fn, arg) => home.evaluate(fn as never, arg) as never,
    openExtensionPage,
    newPage: () => browser.newPage(),
    close: () => browser.close(),
  };
}
