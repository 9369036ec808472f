// In-browser benchmark: the same pages loaded in Chromium with and without the extension, and highlighted
// by mark.js as the reference. Reports the main-thread time the extension adds (DevTools Performance
// metrics, with minus without), its own busy time and longest slice, the highlights made, and mark.js's time
// (marking and the re-rendering it causes).
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium } from '../scripts/lib/chromium';
import { chromiumArgs } from '../scripts/lib/chromium-args';
import { startFixtureServer } from '../scripts/lib/page-server';
import { median, percentile, table } from './stats';

const DIST = new URL('../dist/chrome/', import.meta.url).pathname;
const MARK_JS = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
const PAGES = [
  ['typical article (1,500 words)', '/generated/typical.html'],
  ['1 MB article', '/generated/1mb.html'],
  ['20,000 nodes, growing', '/generated/growing.html'],
] as const;
// Added time is the difference of two noisy totals: loading the 1 MB page itself varies by tens of ms from one
// load to the next. Loads with and without the extension run in two browsers, so a pair shares no noise:
// added is the difference of the two medians (the median of pair differences swung from 3x to 20x of mark.js
// between two runs), over fifteen loads each, and the table prints both sets' middle half beside it.
const RUNS = 15;
const SETTLE_MS = 1500;

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const base = chromiumArgs(DIST);
  const args = withExtension ? base : base.filter((arg) => !arg.includes('extension'));
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kazakhstan-lens-bench-')), {
    executablePath: findChromium(),
    headless: true,
    args: withExtension ? args : [...args, '--disable-extensions'],
  });
}

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/** Opens a page with DevTools Performance metrics running from before its first task. */
async function openMeasured(context: BrowserContext): Promise<{ page: Page; cdp: Cdp }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

/** Main-thread task time of the page's renderer so far (all worlds: the page's and the extension's). */
async function mainThreadMs(cdp: Cdp): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

interface Load {
  mainMs: number;
  busyMs: number;
  longestMs: number;
  highlights: number;
  terms: string[];
}

async function load(context: BrowserContext, url: string, withExtension: boolean): Promise<Load> {
  const { page, cdp } = await openMeasured(context);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  // Read before the probes below: reading the highlights back runs on the page's main thread too, and that is
  // the benchmark's work, not the extension's (on the 1 MB page, 1,417 ranges turned into text).
  const mainMs = await mainThreadMs(cdp);
  let busyMs = 0;
  let longestMs = 0;
  let highlights = 0;
  let terms: string[] = [];
  if (withExtension) {
    const worker = context.serviceWorkers()[0];
    const [key, report] = await worker.evaluate(async (wanted) => {
      const all = await chrome.storage.session.get(null);
      return Object.entries(all).find(([, entry]) => (entry as { url?: string }).url === wanted) ?? [null, null];
    }, page.url());
    const typed = report as { highlighted: number; timing?: { busyMs: number; longestSliceMs: number } } | null;
    busyMs = typed?.timing?.busyMs ?? Number.NaN;
    longestMs = typed?.timing?.longestSliceMs ?? Number.NaN;
    highlights = typed?.highlighted ?? 0;
    // The words the extension highlighted, for mark.js to find on the same page. A long page paints its names
    // as they come near the viewport: the keyboard walk's command paints them all first (after the reading
    // of the main thread above, so that work is not counted).
    const tabId = Number(String(key).replace('tab:', ''));
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'next-mention' }), tabId);
    await page.waitForTimeout(200);
    terms = await page.evaluate(() => {
      const found = new Set<string>();
      for (const [, highlight] of CSS.highlights) for (const range of highlight) found.add(range.toString());
      return [...found];
    });
  }
  await page.close();
  return { mainMs, busyMs, longestMs, highlights, terms };
}

/** After marking, mark.js's <mark> elements still have to be styled, laid out and painted: that work is
 *  counted too, as the extension's own rendering is (its loads are read after SETTLE_MS). */
const MARK_SETTLE_MS = 500;

/** Main-thread time mark.js adds to a loaded, settled page: marking, then the page's re-rendering. */
async function markJsMs(context: BrowserContext, url: string, terms: string[]): Promise<number> {
  const { page, cdp } = await openMeasured(context);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await page.addScriptTag({ content: MARK_JS });
  await page.waitForTimeout(MARK_SETTLE_MS);
  const before = await mainThreadMs(cdp);
  await page.evaluate((words) => {
    const Mark = (window as unknown as { Mark: new (el: Element) => { mark(words: string[], options: object): void } })
      .Mark;
    new Mark(document.body).mark(words, { separateWordSearch: false, accuracy: 'exactly', diacritics: false });
  }, terms);
  await page.waitForTimeout(MARK_SETTLE_MS);
  const after = await mainThreadMs(cdp);
  await page.close();
  return after - before;
}

/** The middle half of the runs: the 25th to the 75th percentile. */
const spread = (values: number[]) => `${percentile(values, 25).toFixed(0)}–${percentile(values, 75).toFixed(0)}`;

export async function benchPages(): Promise<string[]> {
  const server = await startFixtureServer();
  const withExt = await launch(true);
  if (!withExt.serviceWorkers()[0]) await withExt.waitForEvent('serviceworker');
  const without = await launch(false);
  const rows: (string | number)[][] = [
    [
      'page',
      'with extension',
      'without',
      'added main thread',
      'own busy time',
      'longest slice',
      'highlights',
      'mark.js',
      'mark.js / added',
    ],
  ];
  try {
    for (const [label, path] of PAGES) {
      const url = server.url(path);
      const withMs: number[] = [];
      const withoutMs: number[] = [];
      const busy: number[] = [];
      const longest: number[] = [];
      const marks: number[] = [];
      let highlights = 0;
      for (let run = 0; run < RUNS; run++) {
        const a = await load(withExt, url, true);
        const b = await load(without, url, false);
        withMs.push(a.mainMs);
        withoutMs.push(b.mainMs);
        busy.push(a.busyMs);
        longest.push(a.longestMs);
        highlights = a.highlights;
        marks.push(await markJsMs(without, url, a.terms));
      }
      const addedMs = Math.max(0, median(withMs) - median(withoutMs));
      rows.push([
        label,
        `${median(withMs).toFixed(1)} ms (${spread(withMs)})`,
        `${median(withoutMs).toFixed(1)} ms (${spread(withoutMs)})`,
        `${addedMs.toFixed(1)} ms`,
        `${median(busy).toFixed(1)} ms (${spread(busy)})`,
        `${Math.max(...longest).toFixed(1)} ms`,
        highlights,
        `${median(marks).toFixed(1)} ms`,
        `${(median(marks) / Math.max(addedMs, 0.1)).toFixed(1)}×`,
      ]);
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
  return [
    `Pages in Chromium, main-thread TaskDuration over ${RUNS} loads with the extension and ${RUNS} without, median (middle half); added = the difference of the medians:`,
    table(rows),
    'Targets: 1 MB page at least 10× less than mark.js; no slice over 50 ms; typical article under 5 ms of own busy time.',
  ];
}
