// Engine benchmark in Node: analysis time for 100 KB, 1 MB and 5 MB of text, knowledge-base load time
// (fresh processes, so nothing is warm), and the gzipped size the engine and knowledge base add to a content script.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type LanguageTiming, SIZES, type SizeTiming, WARM_UP_MB } from './engine-timing';
import { median, ms, table } from './stats';

const ROOT = new URL('../', import.meta.url).pathname;

/** Fresh processes the analysis is timed in: the figure is the median of their medians. */
const PROCESSES = 3;

export function benchEngine(): string[] {
  const processes: SizeTiming[][] = [];
  for (let run = 0; run < PROCESSES; run++) {
    const out = execFileSync('npx', ['tsx', 'bench/engine-timing.ts'], { cwd: ROOT, encoding: 'utf8' });
    processes.push(JSON.parse(out) as SizeTiming[]);
  }
  const rows: (string | number)[][] = [['text', 'median', 'per MB', 'each process', 'first run', 'mentions']];
  const perMb = SIZES.map((size, at) => {
    const timings = processes.map((timing) => timing[at]);
    const m = median(timings.map((timing) => timing.median));
    const mb = size / 1_000_000;
    rows.push([
      `${size / 1000} KB`,
      ms(m),
      ms(m / mb),
      timings.map((timing) => timing.median.toFixed(2)).join(' / '),
      ms(median(timings.map((timing) => timing.first))),
      timings[0].mentions,
    ]);
    return m / mb;
  });
  const lines = [
    `Engine analysis (Node; in each of ${PROCESSES} fresh processes, the median after ${WARM_UP_MB} MB analysed to warm up; then their median):`,
    table(rows),
  ];
  lines.push(
    `linearity: time per MB at 5 MB / at 100 KB = ${(perMb[2] / perMb[0]).toFixed(2)} (1.00 is perfectly linear)`,
  );
  lines.push(...benchLanguages(), ...benchLoad(), ...benchSize());
  return lines;
}

/** Per language: 1 MB of its corpus pages, as a page in that language (one process, medians of nine). */
function benchLanguages(): string[] {
  const out = execFileSync('npx', ['tsx', 'bench/engine-timing.ts', 'languages'], { cwd: ROOT, encoding: 'utf8' });
  const timings = JSON.parse(out) as LanguageTiming[];
  const rows: (string | number)[][] = [['language', 'per MB', 'mentions per MB']];
  for (const timing of timings) rows.push([timing.lang, ms(timing.perMb), timing.mentions]);
  return ['Per language (1 MB of its corpus pages, read as a page in that language; one process):', table(rows)];
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

/** Bundles the engine with the compiled knowledge base as the worker does (text kept as UTF-8, as
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
    `engine + knowledge base, minified and gzipped: ${(gzipSync(bundle).length / 1024).toFixed(1)} KB (knowledge base alone ${(gzipSync(kb).length / 1024).toFixed(1)} KB), in the worker only: no page loads it`,
  ];
}
