// The journeys' driver for Chromium: puppeteer-core over the DevTools protocol, the unpacked build loaded
// with --load-extension, and the extension's service worker as the place its APIs are called from.
import puppeteer, { type WebWorker } from 'puppeteer-core';
import { findChromium } from '../../../scripts/lib/chromium';
import { chromiumArgs } from '../../../scripts/lib/chromium-args';
import { DEFAULT_VIEWPORT, type ExtensionDriver, type LaunchOptions } from './driver';

export const CHROME_DIST = new URL('../../../dist/chrome/', import.meta.url).pathname;

export async function launchChromium(profile: string, options: LaunchOptions): Promise<ExtensionDriver> {
  const args = chromiumArgs(options.extensionDir ?? CHROME_DIST);
  if (options.locale) args.push(`--lang=${options.locale}`, `--accept-lang=${options.locale}`);
  if (options.proxy) args.push(`--proxy-server=${options.proxy}`, '--proxy-bypass-list=<-loopback>');
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    userDataDir: profile,
    args,
    // Puppeteer turns extensions off by default, and hides scrollbars unless asked for classic ones.
    ignoreDefaultArgs: ['--disable-extensions', ...(options.classicScrollbars ? ['--hide-scrollbars'] : [])],
    defaultViewport: DEFAULT_VIEWPORT,
    downloadBehavior: options.downloads ? { policy: 'allow', downloadPath: options.downloads } : undefined,
  });
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  const worker = (await target.worker()) as WebWorker;
  const origin = `chrome-extension://${new URL(target.url()).host}`;
  const scheme = options.colorScheme;

  const newPage = async () => {
    const page = await browser.newPage();
    if (scheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    // Headless Chromium on Linux keeps its interface in English whatever --lang says; the page's locale
    // override is what its extension pages' chrome.i18n then follows.
    if (options.locale)
      await (await page.createCDPSession()).send('Emulation.setLocaleOverride', { locale: options.locale });
    return page;
  };
  return {
    name: 'chromium',
    browser,
    origin,
    // Debian's Chromium checks its components and lists Google accounts at start, flags or not.
    ownHosts: ['update.googleapis.com', 'accounts.google.com'],
    inExtension: (fn, arg) => worker.evaluate(fn as never, arg) as never,
    async openExtensionPage(path, ready) {
      const page = await newPage();
      await page.goto(`${origin}/${path}`);
      await page.waitForSelector(ready, { timeout: 15_000 });
      return page;
    },
    newPage,
    close: () => browser.close(),
  };
}
