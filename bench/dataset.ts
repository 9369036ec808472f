// Benchmark: how long the bundled dataset and its search index take to load and answer a first search, in
// Chromium on the extension's popup page and in Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { build } from 'vite';
import type { DatasetAsset } from '../src/core/dataset/asset';
import { loadDataset } from '../src/core/dataset/load';
import { launchExtension } from '../tests/e2e/support/extension';
import { median, table } from './stats';

const TARGET_MS = 30;
const RUNS = 9;
const QUERY = 'tokayev';
const DATA = new URL('../generated/public/data/', import.meta.url).pathname;

/** loadDataset as the popup ships it (minified, with MiniSearch), as a script that defines it in a page: the
 *  popup bundles it into its first scripts, so no file of the build exports it by name. */
async function loadDatasetScript(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: {
        entry: new URL('../src/core/dataset/load.ts', import.meta.url).pathname,
        formats: ['iife'],
        name: 'benchDataset',
      },
    },
  });
  const [first] = Array.isArray(built) ? built : [built];
  if (!('output' in first)) throw new Error('building loadDataset for the bench gave no output');
  return first.output[0].code;
}

interface PopupRun {
  /** From the first render to searchable: what is left of loading the index once the popup is on screen
   *  (its file and code were fetched during the first render; here they are parsed and loaded). */
  index: number;
  /** From the start of the popup's document to searchable. */
  open: number;
  /** Fetching and parsing dataset.json, which the popup does before its first render. */
  dataset: number;
  /** The first search, on code that has not searched yet. */
  search: number;
}

async function popupRun(page: Page, script: string): Promise<PopupRun> {
  await page.waitForFunction(() => performance.getEntriesByName('popup-searchable').length > 0, {
    timeout: 15_000,
  });
  // tsx names the inner functions of the callback through a helper the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  // Defined now, after the popup's own load: the first search below still runs on code not run before.
  await page.evaluate(script);
  return page.evaluate(
    async ({ query }) => {
      const [searchable] = performance.getEntriesByName('popup-searchable');
      const [rendered] = performance.getEntriesByName('popup-rendered');
      type Load = (dataset: unknown, index: string) => { search(query: string): unknown[] };
      const { loadDataset } = (globalThis as unknown as { benchDataset: { loadDataset: Load } }).benchDataset;
      const read = (path: string) => fetch(chrome.runtime.getURL(path)).then((response) => response.text());
      const start = performance.now();
      const asset = JSON.parse(await read('data/dataset.json'));
      const dataset = performance.now() - start;
      const loaded = loadDataset(asset, await read('data/search-index.json'));
      const before = performance.now();
      if (loaded.search(query).length === 0) throw new Error(`"${query}" found nothing`);
      return {
        // Zero when the index was in place before the first render was painted: nothing was left to wait for.
        index: Math.max(0, searchable.startTime - rendered.startTime),
        open: searchable.startTime,
        dataset,
        search: performance.now() - before,
      };
    },
    { query: QUERY },
  );
}

/** The same steps in Node: read both files, parse, load, search; the first run and the median after it. */
function inNode(): { cold: number; warm: number } {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const asset = JSON.parse(readFileSync(join(DATA, 'dataset.json'), 'utf8')) as DatasetAsset;
    const dataset = loadDataset(asset, readFileSync(join(DATA, 'search-index.json'), 'utf8'));
    if (dataset.search(QUERY).length === 0) throw new Error(`"${QUERY}" found nothing`);
    times.push(performance.now() - start);
  }
  return { cold: times[0], warm: median(times.slice(1)) };
}

const span = (values: number[]) =>
  `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
const verdict = (value: number) => (value <= TARGET_MS ? `≤ ${TARGET_MS} ms: met` : `≤ ${TARGET_MS} ms: MISSED`);

export async function benchDataset(): Promise<string[]> {
  const node = inNode();
  const script = await loadDatasetScript();
  const browser = await launchExtension();
  const runs: PopupRun[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A tab id no tab has: the popup says it cannot read the tab, and loads everything else as usual.
      const page = await browser.driver.openExtensionPage('popup/index.html?tab=999999999', '[data-verdict]');
      runs.push(await popupRun(page, script));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const totals = runs.map((run) => run.index + run.dataset + run.search);
  const part = (key: keyof PopupRun) => `${median(runs.map((run) => run[key])).toFixed(1)} ms`;
  return [
    `Dataset and search index loaded and searched ("${QUERY}"), ${RUNS} popups, median (range):`,
    table([
      ['where', 'loaded and searched', 'target', 'index', 'dataset.json', 'first search', 'open to searchable'],
      [
        'Chromium, popup',
        span(totals),
        verdict(median(totals)),
        part('index'),
        part('dataset'),
        part('search'),
        part('open'),
      ],
      ['Node, first run', `${node.cold.toFixed(1)} ms`, verdict(node.cold), '', '', '', ''],
      [`Node, median of ${RUNS} after it`, `${node.warm.toFixed(1)} ms`, verdict(node.warm), '', '', '', ''],
    ]),
    "index: from the popup's first render to its index loaded (the file fetched while the popup opens, the code",
    'part of its first scripts; then parsed and loaded), between its own marks; dataset.json: fetched and parsed',
    'again in the same popup; first search: on a fresh load, by the same source built as the popup builds it;',
    "open to searchable: from the start of the popup's document (context).",
  ];
}
