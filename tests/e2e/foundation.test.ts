// The extension loads: its background up, content script runs, badge changes, popup renders the tab.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { COMPILE_HINT, CONTENT_SCRIPTS_DIR } from '../../scripts/lib/vite-compile-hints';
import { FIRST_LOOK_KEY } from '../../src/messaging/first-look';
import { attrOf, textOf } from './support/dom';
import { BROWSER } from './support/driver';
import { DIST, type ExtensionBrowser, launchExtension } from './support/extension';
import { highlightCounts } from './support/page-probes';

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

const badgeOf = (tabId: number) =>
  browser.driver.inExtension(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      colour: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** The scripts the build writes: its chunks and the content script (public/ files are copied as they are). */
function builtScripts(): string[] {
  const scripts = [
    ...readdirSync(join(DIST, 'assets')).map((name) => `assets/${name}`),
    ...readdirSync(join(DIST, 'content-scripts')).map((name) => `content-scripts/${name}`),
  ].filter((path) => path.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(5);
  return scripts;
}

describe('foundation', () => {
  it('starts with an origin of its own', () => {
    expect(browser.driver.origin).toMatch(/^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})$/);
  });

  it('ships the scripts of its own pages with the compile hint on their first line, and the content script without', () => {
    const hinted = (path: string) => readFileSync(join(DIST, path), 'utf8').startsWith(`${COMPILE_HINT}\n`);
    const [contentScripts, pageScripts] = partition(builtScripts(), (path) => path.startsWith(CONTENT_SCRIPTS_DIR));
    expect(contentScripts.length).toBeGreaterThan(0);
    expect(pageScripts.filter((path) => !hinted(path))).toEqual([]);
    expect(contentScripts.filter(hinted)).toEqual([]);
  });

  it('ships no script that can write HTML into a page: Preact’s innerHTML path is disabled', () => {
    const writers = builtScripts().filter((path) =>
      /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(join(DIST, path), 'utf8')),
    );
    expect(writers).toEqual([]);
  });

  it('runs one content script as one file with its colours as CSS, injects the reader as another, and exposes no file to web pages', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    // A page could otherwise tell that the extension is installed by fetching one of its files.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    const scripts = manifest.content_scripts.map((entry: { js: string[]; css: string[]; run_at: string }) => [
      entry.run_at,
      entry.js,
      entry.css,
    ]);
    expect(scripts).toEqual([['document_idle', ['content-scripts/index.js'], ['generated/highlights.css']]]);
    expect(readFileSync(join(DIST, 'generated/highlights.css'), 'utf8')).toContain(
      '::highlight(kazakhstan-lens-place)',
    );
    // The reader the worker injects (src/background/first-look.ts) is one file without imports too.
    for (const file of [...scripts.flatMap(([, files]: [string, string[]]) => files), 'content-scripts/reader.js'])
      expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/\bimport\s*\(|^import\s/m);
  });

  it('runs the content script on a served page and sets the badge for a central page', async () => {
    const { tabId } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    const report = await browser.report(tabId);
    expect(report?.analysis.verdict).toBe('central');
    const badge = await badgeOf(tabId);
    expect(Number(badge.text)).toBeGreaterThan(0);
    expect(badge.colour).toEqual([11, 110, 121, 255]);
    expect(badge.title).toContain('about Kazakhstan');
  });

  it('leaves the badge empty on an unrelated page', async () => {
    const { tabId } = await browser.open(server.url('/fixtures/pages/none-en.html'));
    const badge = await badgeOf(tabId);
    expect(badge.text).toBe('');
    expect(badge.title).toContain('not about Kazakhstan');
  });

  it('runs the reader only on a page whose first look may hold a name', async () => {
    const seen = (tabId: number) =>
      browser.driver.inExtension(
        async ([id, lookKey]) => {
          const [injected] = await chrome.scripting.executeScript({
            target: { tabId: id, frameIds: [0] },
            func: (key: string) => (globalThis as unknown as Record<string, { mayHoldNames: boolean }>)[key],
            args: [lookKey],
          });
          const stored = await chrome.storage.session.get(`tab:${id}`);
          return { mayHoldNames: injected.result?.mayHoldNames, reported: Object.keys(stored).length > 0 };
        },
        [tabId, FIRST_LOOK_KEY] as const,
      );
    const unrelated = await browser.open(server.url('/fixtures/pages/none-en.html'));
    expect(await seen(unrelated.tabId)).toEqual({ mayHoldNames: false, reported: false });
    const article = await browser.open(server.url('/fixtures/pages/central-en.html'));
    expect(await seen(article.tabId)).toEqual({ mayHoldNames: true, reported: true });
  });

  it('reads an article whose body the page keeps invisible while it loads, as AMP pages do', async () => {
    // The document's title holds no name; the headline and text do, in a body laid out as invisible.
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/hidden-until-ready.html'));
    expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('hidden');
    const report = await browser.report(tabId);
    expect(report?.analysis.verdict).not.toBe('none');
    expect(report?.highlighted).toBeGreaterThan(0);
  });

  // Firefox has no such API; tests/unit/build/firefox-permissions.test.ts reads its own list of messages.
  it.runIf(BROWSER === 'chromium')(
    'shows the install warnings it showed before the popup could ask the first look',
    async () => {
      const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
      // Asked of Chromium for the built manifest (its name spelled out: no _locales here) and for the same
      // without what asking the first look added: the scripting permission and host access to the content
      // scripts' own pages.
      const { host_permissions: hosts, default_locale: _locale, ...rest } = manifest;
      const now = { ...rest, name: 'Kazakhstan Lens', description: '', host_permissions: hosts };
      const before = { ...rest, name: 'Kazakhstan Lens', description: '' };
      before.permissions = manifest.permissions.filter((permission: string) => permission !== 'scripting');
      expect(now.permissions).toContain('scripting');
      const warnings = (text: string) =>
        browser.driver.inExtension((json) => chrome.management.getPermissionWarningsByManifest(json), text);
      const [after, earlier] = [await warnings(JSON.stringify(now)), await warnings(JSON.stringify(before))];
      expect(after).toEqual(earlier);
      expect(after.length).toBeGreaterThan(0);
    },
  );

  it('counts the same names in the badge, the popup’s chips and the page’s highlights', async () => {
    // The page's title names two entities the page does not show, and its menu one the verdict leaves out.
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/counts.html'));
    const badge = Number((await badgeOf(tabId)).text);
    const popup = await browser.openPopup(tabId);
    const chips = await popup.$$eval('.chips .chip-count', (counts) =>
      counts.reduce((sum, count) => sum + Number(count.textContent), 0),
    );
    const highlighted = Object.values(await highlightCounts(page)).reduce((sum, count) => sum + count, 0);
    expect(badge).toBeGreaterThan(0);
    expect({ chips, highlighted }).toEqual({ chips: badge, highlighted: badge });
  });

  it('opened its first-run page once, at install, and says where the button is and what is read', async () => {
    const welcome = await browser.driver.openExtensionPage('popup/welcome.html', 'main h1');
    const text = await textOf(welcome, 'main');
    expect(text).toContain('Extensions menu');
    expect(text).toContain('nothing leaves it');
    // The extension opened it in a tab of its own, once: the one opened here is the second.
    const opened = await browser.driver.inExtension(
      async (url) => (await chrome.tabs.query({})).filter((tab) => tab.url === url).length,
      `${browser.driver.origin}/popup/welcome.html`,
    );
    expect(opened).toBe(2);
    await welcome.close();
  });

  it('renders the popup for a given tab with its verdict', async () => {
    const { tabId } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    const popup = await browser.openPopup(tabId);
    expect(await attrOf(popup, '[data-verdict]', 'data-verdict')).toBe('central');
  });
});
