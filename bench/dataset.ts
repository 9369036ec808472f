// Benchmark: how long the bundled dataset and its search index take to load and answer a first search, in
// Chromium on the extension's own pages and in Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DatasetAsset } from '../src/core/dataset/asset';
import { loadDataset } from '../src/core/dataset/load';
import { launchExtension } from '../tests/e2e/support/extension';
import { median, table } from './stats';

const TARGET_MS = 30;
const RUNS = 9;
const QUERY = 'tokayev';
const DIST = new URL('../dist/chrome/', import.meta.url).pathname;
const DATA = new URL('../generated/public/data/', import.meta.url).pathname;
const STEPS = ['import', 'fetch', 'parse', 'load', 'search'] as const;
type Steps = Record<(typeof STEPS)[number], number>;

/** The built chunk that exports loadDataset: its name carries a content hash. */
function loadChunk(): string {
  const dir = join(DIST, 'assets');
  const file = readdirSync(dir).find(
    (name) => name.endsWith('.js') && readFileSync(join(dir, name), 'utf8').includes(' as loadDataset}'),
  );
  if (!file) throw new Error('no chunk of dist/chrome exports loadDataset: run `npm run build` first');
  return `/assets/${file}`;
}

/**
 * On a fresh extension page that has loaded neither the search code nor the data (the options page): import
 * the code, fetch both files, parse the dataset, load the index, and search once, timing each step.
 */
async function coldOnPage(page: Page, chunk: string): Promise<Steps> {
  // tsx names the inner functions of the callback through a helper the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  return page.evaluate(
    async ({ chunk, query }) => {
      let last = performance.now();
      const lap = () => {
        const now = performance.now();
        const took = now - last;
        last = now;
        return took;
      };
      type Load = (dataset: unknown, index: string) => { search(query: string): unknown[] };
      const { loadDataset } = (await import(chunk)) as { loadDataset: Load };
      const imported = lap();
      const read = (path: string) => fetch(chrome.runtime.getURL(path)).then((response) => response.text());
      const [datasetText, indexText] = await Promise.all([read('data/dataset.json'), read('data/search-index.json')]);
      const fetched = lap();
      const asset = JSON.parse(datasetText);
      const parsed = lap();
      const dataset = loadDataset(asset, indexText);
      const loaded = lap();
      if (dataset.search(query).length === 0) throw new Error(`"${query}" found nothing`);
      return { import: imported, fetch: fetched, parse: parsed, load: loaded, search: lap() };
    },
    { chunk, query: QUERY },
  );
}

/** The popup's own path: after its first render it loads the index beside the dataset it already has. */
async function inPopup(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('popup-searchable').length > 0, null, {
    timeout: 15_000,
  });
  return page.evaluate(
    () =>
      performance.getEntriesByName('popup-searchable')[0].startTime -
      performance.getEntriesByName('popup-search-load')[0].startTime,
  );
}

/** The same steps in Node, first run (cold) and the median of the runs after it. */
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
  const chunk = loadChunk();
  const browser = await launchExtension();
  const cold: Steps[] = [];
  const popup: number[] = [];
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    for (let run = 0; run < RUNS; run++) {
      const options = await browser.context.newPage();
      await options.goto(`${base}/popup/options.html`);
      cold.push(await coldOnPage(options, chunk));
      await options.close();
      // A tab id no tab has: the popup says so, and loads everything else as usual.
      const page = await browser.context.newPage();
      await page.goto(`${base}/popup/index.html?tab=999999999`);
      popup.push(await inPopup(page));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const totals = cold.map((steps) => STEPS.reduce((sum, step) => sum + steps[step], 0));
  const rows: string[][] = [
    ['where', 'loaded and searched', 'target', ...STEPS],
    [
      'Chromium, fresh extension page',
      span(totals),
      verdict(median(totals)),
      ...STEPS.map((step) => `${median(cold.map((steps) => steps[step])).toFixed(1)} ms`),
    ],
    ['Chromium, popup (index only)', span(popup), verdict(median(popup)), '', '', '', '', ''],
    ['Node, first run', `${node.cold.toFixed(1)} ms`, verdict(node.cold), '', '', '', '', ''],
    [`Node, median of ${RUNS} after it`, `${node.warm.toFixed(1)} ms`, verdict(node.warm), '', '', '', '', ''],
  ];
  return [
    `Dataset and search index, ${RUNS} runs: import the code, fetch both files, parse, load the index, search "${QUERY}".`,
    table(rows),
    'The popup row: from the start of loading the index (after the first render, the dataset already read) to searchable.',
  ];
}
