// In-browser benchmark: what the extension adds to a page's main thread, as a new user would meet it. In one
// Chromium with the extension, the same HTML is loaded from file:// (which the extension does not read) and
// from http://127.0.0.1 (which it reads), in interleaved pairs; each pair's difference of DevTools'
// TaskDuration is the extension's cost plus what the protocol costs by itself. The same pairs in a browser
// without extensions give the protocol's own cost, and in a browser whose only extension has one empty
// content script, the floor: what any content script costs. Figures are medians of the paired differences,
// with their middle half; every row prints the floor beside the extension's figure.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { findChromium } from '../scripts/lib/chromium';
import { chromiumArgs } from '../scripts/lib/chromium-args';
import { type BenchPage, type PageFiles, servePages, writeFloorExtension } from './page-files';
import { scriptTimeMs, startTrace } from './script-time';
import { median, percentile, table } from './stats';

/** The build measured: dist/chrome, or BENCH_DIST (a copy, so that a rebuild cannot change it mid-run). */
const DIST = process.env.BENCH_DIST || new URL('../dist/chrome/', import.meta.url).pathname;
const KB = new URL('../generated/public/data/kb.json', import.meta.url).pathname;
const MARK_JS = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

const PAGES: readonly BenchPage[] = [
  { label: 'not about Kazakhstan (7 KB)', source: 'en/none-bank-of-england-first-cut.html', markJs: false },
  {
    label: 'not about it, a name-like word (8 KB)',
    source: 'en/none-kazakova-violinist-sheffield-youth-prize.html',
    markJs: false,
  },
  { label: 'article about Kazakhstan (7 KB)', source: 'en/central-akmola-capital-names.html', markJs: false },
  { label: '1 MB article', source: '1mb.html', markJs: true },
];
/** Pairs per page (BENCH_PAIRS overrides): the 1 MB page's own load swings by tens of ms, so it gets more. */
const pairsFor = (page: BenchPage) => Number(process.env.BENCH_PAIRS) || (page.source === '1mb.html' ? 21 : 15);
/** Long enough for the extension to have read, painted and reported; the same for every load. */
const settleFor = (page: BenchPage) => (page.source === '1mb.html' ? 2500 : 1000);
/** Traced loads per page and browser, after the pairs (tracing slows a load, so they are not paired). */
const TRACED_LOADS = 11;
/** mark.js is given one expression of this many names: the page's own and the knowledge base's anchors. */
const MARK_TERMS = 70;

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

interface Browser {
  context: BrowserContext;
  /** Our extension's worker, where it is loaded. */
  worker: Worker | null;
}

async function launch(extensionDir: string | null, ours: boolean): Promise<Browser> {
  const base = chromiumArgs(extensionDir ?? DIST);
  const args = extensionDir ? base : [...base.filter((arg) => !arg.includes('extension')), '--disable-extensions'];
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kazakhstan-lens-bench-')), {
    executablePath: findChromium(),
    headless: true,
    args,
  });
  if (!ours) return { context, worker: null };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker };
}

/** Main-thread task time of the page's renderer so far (all worlds: the page's and the extensions'). */
async function mainThreadMs(cdp: Cdp): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

interface Report {
  highlighted: number;
  names: string[];
  timing?: { busyMs: number; longestSliceMs: number };
}

/** Loads the page in a new tab, lets it settle, and reads its main-thread time (and our report, if read). */
async function load(browser: Browser, url: string, settleMs: number): Promise<{ ms: number; report: Report | null }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const ms = await mainThreadMs(cdp);
  let report: Report | null = null;
  if (browser.worker && url.startsWith('http'))
    report = await browser.worker.evaluate(async (wanted) => {
      const all = await chrome.storage.session.get(null);
      const found = Object.values(all).find((entry) => (entry as { url?: string }).url === wanted) as
        | { highlighted: number; analysis: { findings: { name: string }[] }; timing?: Report['timing'] }
        | undefined;
      return found
        ? { highlighted: found.highlighted, names: found.analysis.findings.map((f) => f.name), timing: found.timing }
        : null;
    }, page.url());
  await page.close();
  return { ms, report };
}

/** Loads the page over http in a new tab, traced, and gives the main-thread time spent in script. */
async function tracedScriptMs(browser: Browser, url: string, settleMs: number): Promise<number> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const endTrace = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const events = await endTrace();
  await page.close();
  return scriptTimeMs(events);
}

/** After marking, mark.js's <mark> elements still have to be styled, laid out and painted: that work is
 *  counted too, as the extension's own rendering is. */
const MARK_SETTLE_MS = 500;

/** Main-thread time mark.js adds to a loaded, settled page: one pass of one expression over the page, then
 *  the page's re-rendering. */
async function markJsMs(browser: Browser, url: string, terms: string[]): Promise<number> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await page.addScriptTag({ content: MARK_JS });
  await page.waitForTimeout(MARK_SETTLE_MS);
  const before = await mainThreadMs(cdp);
  await page.evaluate((words) => {
    type MarkJs = new (el: Element) => { markRegExp(regexp: RegExp, options: object): void };
    const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const Mark = (window as unknown as { Mark: MarkJs }).Mark;
    new Mark(document.body).markRegExp(new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'g'), {});
  }, terms);
  await page.waitForTimeout(MARK_SETTLE_MS);
  const after = await mainThreadMs(cdp);
  await page.close();
  return after - before;
}

/** The page's own names first, then the knowledge base's anchors, up to MARK_TERMS. */
function markTerms(pageNames: string[]): string[] {
  const kb = JSON.parse(readFileSync(KB, 'utf8')) as { entities: { name: string; strength: string }[] };
  const terms = new Set(pageNames);
  for (const entity of kb.entities) {
    if (terms.size >= MARK_TERMS) break;
    if (entity.strength === 'anchor') terms.add(entity.name);
  }
  return [...terms];
}

/** The browsers of one run: ours, another build of ours (BENCH_AGAINST, to compare side by side), the floor,
 *  and none. */
type BrowserName = 'lens' | 'against' | 'floor' | 'bare';

interface OwnFigures {
  busy: number[];
  longest: number[];
  highlighted: number;
}

interface PageRuns {
  /** Per pair, http minus file, in each browser. */
  differences: Partial<Record<BrowserName, number[]>>;
  /** Per traced load, the main-thread time in script (script-time.ts). */
  scripts: Partial<Record<BrowserName, number[]>>;
  own: Partial<Record<BrowserName, OwnFigures>>;
  markJs: number[];
}

/** One pair in one browser: file:// and http:// one after the other, in the order given. */
async function pair(browser: Browser, files: PageFiles, page: BenchPage, httpFirst: boolean) {
  const settle = settleFor(page);
  const loadFile = () => load(browser, files.fileUrl(page), settle);
  const loadHttp = () => load(browser, files.httpUrl(page), settle);
  const [first, second] = httpFirst ? [await loadHttp(), await loadFile()] : [await loadFile(), await loadHttp()];
  const [http, file] = httpFirst ? [first, second] : [second, first];
  return { difference: http.ms - file.ms, report: http.report };
}

async function runPage(browsers: Partial<Record<BrowserName, Browser>>, files: PageFiles, page: BenchPage) {
  const entries = Object.entries(browsers) as [BrowserName, Browser][];
  const runs: PageRuns = { differences: {}, scripts: {}, own: {}, markJs: [] };
  for (const [name, browser] of entries) {
    runs.differences[name] = [];
    runs.scripts[name] = [];
    if (browser.worker) runs.own[name] = { busy: [], longest: [], highlighted: 0 };
  }
  let terms: string[] = [];
  // One pair in each browser first, not counted: the worker parses its knowledge base at its first page.
  for (const [, browser] of entries) await pair(browser, files, page, false);
  for (let round = 0; round < pairsFor(page); round++) {
    // The browsers take turns first, and each pair alternates which load comes first.
    for (let k = 0; k < entries.length; k++) {
      const [name, browser] = entries[(round + k) % entries.length];
      const { difference, report } = await pair(browser, files, page, round % 2 === 1);
      runs.differences[name]?.push(difference);
      const own = runs.own[name];
      if (!own) continue;
      own.busy.push(report?.timing?.busyMs ?? Number.NaN);
      own.longest.push(report?.timing?.longestSliceMs ?? Number.NaN);
      own.highlighted = report?.highlighted ?? Number.NaN;
      if (report && terms.length === 0) terms = markTerms(report.names);
    }
    if (page.markJs && browsers.bare) runs.markJs.push(await markJsMs(browsers.bare, files.httpUrl(page), terms));
  }
  for (let round = 0; round < TRACED_LOADS; round++)
    for (let k = 0; k < entries.length; k++) {
      const [name, browser] = entries[(round + k) % entries.length];
      if (name !== 'bare')
        runs.scripts[name]?.push(await tracedScriptMs(browser, files.httpUrl(page), settleFor(page)));
    }
  return runs;
}

const fixed = (value: number) => value.toFixed(1);

/** The median of `values` minus `baseline`, with the middle half (25th to 75th percentile) beside it. */
function above(values: number[], baseline: number): { value: number; text: string } {
  const value = median(values) - baseline;
  const low = percentile(values, 25) - baseline;
  const high = percentile(values, 75) - baseline;
  return { value, text: `${fixed(value)} ms (${fixed(low)} to ${fixed(high)})` };
}

export async function benchPages(): Promise<string[]> {
  const files = await servePages(PAGES);
  const against = process.env.BENCH_AGAINST;
  const browsers: Partial<Record<BrowserName, Browser>> = { lens: await launch(DIST, true) };
  if (against) browsers.against = await launch(against, true);
  browsers.floor = await launch(writeFloorExtension(), false);
  browsers.bare = await launch(null, false);
  const builds: [BrowserName, string][] = [['lens', 'this build']];
  if (against) builds.push(['against', `BENCH_AGAINST (${against})`]);
  const rows: (string | number)[][] = [
    [
      'page',
      'build',
      'pairs',
      'adds',
      'floor (empty content script)',
      'above the floor',
      'own busy',
      'longest slice',
      'highlights',
      'mark.js ÷ adds',
      'script, traced',
      'its floor',
      'mark.js ÷ script',
    ],
  ];
  const markRows: string[] = [];
  try {
    for (const page of PAGES) {
      if (process.env.BENCH_PAGE && !page.label.includes(process.env.BENCH_PAGE)) continue;
      const runs = await runPage(browsers, files, page);
      const protocol = median(runs.differences.bare ?? []);
      const floor = runs.differences.floor ?? [];
      const floorScript = runs.scripts.floor ?? [];
      const markJs = runs.markJs.length > 0 ? median(runs.markJs) : Number.NaN;
      for (const [name, build] of builds) {
        const differences = runs.differences[name] ?? [];
        const own = runs.own[name];
        const adds = above(differences, protocol);
        rows.push([
          page.label,
          build,
          differences.length,
          adds.text,
          above(floor, protocol).text,
          above(differences, median(floor)).text,
          own ? `${fixed(median(own.busy))} ms` : '',
          own ? `${fixed(Math.max(...own.longest))} ms` : '',
          own?.highlighted ?? '',
          Number.isNaN(markJs) ? '' : `${fixed(markJs / Math.max(adds.value, 0.1))}×`,
          above(runs.scripts[name] ?? [], 0).text,
          above(floorScript, 0).text,
          Number.isNaN(markJs) ? '' : `${fixed(markJs / median(runs.scripts[name] ?? []))}×`,
        ]);
      }
      markRows.push(
        `${page.label}: http:// minus file:// without extensions ${above(runs.differences.bare ?? [], 0).text}`,
      );
      if (!Number.isNaN(markJs))
        markRows.push(`${page.label}: mark.js ${fixed(markJs)} ms (${runs.markJs.map(fixed).join(', ')})`);
    }
  } finally {
    for (const browser of Object.values(browsers)) await browser.context.close();
    await files.close();
  }
  return [
    'Pages in Chromium: main-thread TaskDuration, http:// minus file:// of the same HTML in interleaved pairs, in a',
    'browser with the extension, one with an empty content script (the floor) and one with none (what the',
    'protocol costs by itself, subtracted). Medians of the paired differences (middle half). Then, from',
    `${TRACED_LOADS} traced loads over http per browser, the main-thread time in script (the pages have none of`,
    "their own, so it is the extensions'; the rendering it causes later is left out), ours and the floor's:",
    table(rows),
    ...markRows,
    `mark.js: one expression of ${MARK_TERMS} names (the page's and the knowledge base's anchors), on the settled page.`,
    'Targets: not about Kazakhstan ≤ 1 ms above the floor; article about it ≤ 5 ms above the floor; 1 MB page ≥ 20×',
    'under mark.js, and no slice of ours over 50 ms.',
  ];
}
