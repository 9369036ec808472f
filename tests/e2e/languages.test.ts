// The press's languages in a real browser: for each, a corpus page about Kazakhstan is judged central and
// its names are highlighted (Chinese and Japanese found without spaces, Arabic after its joined prefixes,
// German and Polish adjectives in lower case, Ukrainian and Turkish with their endings).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/corpus';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import { PRESS_LANGUAGES } from '../../src/core/kb/languages';
import { type ExtensionBrowser, launchExtension } from './support/extension';
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

const corpus = loadCorpus();
/** The first page about Kazakhstan in each language, by file name. */
const pages = PRESS_LANGUAGES.map((lang) => {
  const page = corpus.find((p) => p.lang === lang && p.label === 'central');
  if (!page) throw new Error(`no central corpus page in ${lang}`);
  return [lang, page.file] as const;
});

describe('the press’s languages', () => {
  it.each(pages)('%s: %s is central and highlighted', async (_, file) => {
    const { page, tabId } = await browser.open(server.url(`/fixtures/corpus/${file}`));
    expect((await browser.report(tabId))?.analysis.verdict).toBe('central');
    const counts = await highlightCounts(page);
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(1);
    await page.close();
  });
});
