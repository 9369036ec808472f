// What the end-to-end journeys need from a browser, in one small interface: Chromium's driver and Firefox's
// implement it (chromium-driver.ts, firefox-driver.ts), so each journey is written once and runs in both.
// Both speak through puppeteer-core: Chromium over the DevTools protocol, Firefox over WebDriver BiDi.
import type { Browser, Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

/** The browser this run drives: `E2E_BROWSER=firefox` for Firefox, Chromium otherwise. */
export const BROWSER: BrowserName = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export interface LaunchOptions {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** A profile the caller keeps, for what must survive a restart; a fresh one otherwise. */
  profile?: string;
  /** The built extension to load (a copy, to test an update); the target's dist folder otherwise. */
  extensionDir?: string;
  /** An HTTP proxy every request of the browser goes through, loopback included (the privacy journey). */
  proxy?: string;
  /** A folder downloads are saved to, without asking. */
  downloads?: string;
  /** Scrollbars that take space, as on Windows or on Linux with overlay scrollbars off. */
  classicScrollbars?: boolean;
  /** storage.local held to 10 MB, so that a journey can fill it: Chromium's own quota; in Firefox, whose
   *  extensions have no quota of their own, the quota manager's limit fixed at 20 MB, which gives each group
   *  of origins, the extension's too, 10 MB. */
  smallStorage?: boolean;
}

export interface ExtensionDriver {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** The extension's own origin, `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly origin: string;
  /** Hosts the browser itself calls, with or without the extension (its updater, its sign-in): left out of
   *  the privacy journey's count of requests, and said in the README. */
  readonly ownHosts: readonly string[];
  /** Runs `fn` where the extension's APIs are (Chromium: its service worker; Firefox: one of its pages). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Opens one of the extension's pages in a new tab and waits until `ready` matches in it. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export const DEFAULT_VIEWPORT = { width: 1200, height: 900 };
