// Engine benchmark in Node: analysis time for 100 KB, 1 MB and 5 MB of text, knowledge-base load time
// (fresh processes, so nothing is warm), and the gzipped size the engine and knowledge base add to a content script.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { projectMatcher } from '../scripts/lib/engine-node';
import { analysePage } from '../src/core/engine';
import { median, ms, table, timeRuns } from './stats';
import { textOfSize } from './text-sample';

const ROOT = new URL('../', import.meta.url).pathname;

/** Megabytes of text analysed before timing starts. On this machine V8 goes on optimising the engine for
 *  up to fifteen runs of 1 MB, and the median is meant to be the settled speed; the first run of each size is
 *  reported beside it (the very first, on 100 KB, also loads the names the text needs). */
const WARM_UP_MB = 20;

export function benchEngine(): string[] {
  const matcher = projectMatcher();
  const rows: (string | number)[][] = [['text', 'median', 'per MB', 'first run', 'mentions']];
  const perMb: number[] = [];
  for (const size of [100_000, 1_000_000, 5_000_000]) {
    const body = textOfSize(size);
    const analyse = () => analysePage(matcher, { url: 'https://example.org/a', title: 'Sample', body });
    const first = timeRuns(analyse, 1, 0)[0];
    const runs = size > 1_000_000 ? 7 : 21;
    const times = timeRuns(analyse, runs, Math.ceil((WARM_UP_MB * 1_000_000) / size));
    const mentions = matcher.find(body).length;
    const m = median(times);
    perMb.push(m / (size / 1_000_000));
    rows.push([`${size / 1000} KB`, ms(m), ms(m / (size / 1_000_000)), ms(first), mentions]);
  }
  const lines = [`Engine analysis (Node, median after ${WARM_UP_MB} MB analysed to warm up):`, table(rows)];
  lines.push(
    `linearity: time per MB at 5 MB / at 100 KB = ${(perMb[2] / perMb[0]).toFixed(2)} (1.00 is perfectly linear)`,
  );
  lines.push(...benchLoad(), ...benchSize());
  return lines;
}

/** Knowledge-base load (JSON.parse + Matcher) in fresh Node processes: the cold cost a page pays once. */
function benchLoad(): string[] {
  const script = `
    import { readFileSync } from 'node:fs';
    import { Matcher } from './src/core/engine/index.ts';
    const text = readFileSync('generated/kb-page.json', 'utf8');
    const start = performance.now();
    const matcher = new Matcher(JSON.parse(text));
    matcher.find('Tokayev');
    console.log(performance.now() - start);`;
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const out = execFileSync('npx', ['tsx', '--eval', script], { cwd: ROOT, encoding: 'utf8' });
    times.push(Number(out.trim()));
  }
  return [`knowledge-base load, cold (parse + build, median of 9 fresh processes): ${ms(median(times))} (target 5 ms)`];
}

/** Bundles the engine with the compiled knowledge base as a content script would (text kept as UTF-8, as
 *  Vite ships it, not escaped), and gzips it. */
function benchSize(): string[] {
  const entry =
    "import { Matcher } from './src/core/engine'; import kb from './generated/kb-page.json'; export const m = () => new Matcher(JSON.parse(kb));";
  const bundle = execFileSync(
    'npx',
    ['esbuild', '--bundle', '--format=esm', '--minify', '--charset=utf8', '--loader:.json=text', '--log-level=error'],
    { cwd: ROOT, input: entry, encoding: 'utf8' },
  );
  const kb = readFileSync(`${ROOT}generated/kb-page.json`);
  return [
    `engine + knowledge base, minified and gzipped: ${(gzipSync(bundle).length / 1024).toFixed(1)} KB (target 40 KB; knowledge base alone ${(gzipSync(kb).length / 1024).toFixed(1)} KB)`,
  ];
}
