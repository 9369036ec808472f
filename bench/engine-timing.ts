// One process's timing of the engine on 100 KB, 1 MB and 5 MB of text, printed as JSON: bench/engine.ts runs
// it in several fresh processes, since on this machine a whole process can land on a slow spell.
import { readdirSync } from 'node:fs';
import { CORPUS_DIR } from '../scripts/lib/corpus';
import { projectMatcher } from '../scripts/lib/engine-node';
import { analysePage } from '../src/core/engine';
import { median, timeRuns } from './stats';
import { textOfSize } from './text-sample';

export const SIZES = [100_000, 1_000_000, 5_000_000];

/** Megabytes of text analysed before timing starts. On this machine V8 goes on optimising the engine for
 *  up to fifteen runs of 1 MB, and the median is meant to be the settled speed; the first run of each size is
 *  reported beside it (the very first, on 100 KB, also loads the names the text needs). */
export const WARM_UP_MB = 20;

export interface SizeTiming {
  size: number;
  median: number;
  first: number;
  mentions: number;
}

function timeSizes(): SizeTiming[] {
  const matcher = projectMatcher();
  return SIZES.map((size) => {
    const body = textOfSize(size);
    // As the pages of these languages declare themselves: no lower-case pass (see readsLowerCase).
    const analyse = () => analysePage(matcher, { url: 'https://example.org/a', lang: 'en', title: 'Sample', body });
    const first = timeRuns(analyse, 1, 0)[0];
    const runs = size > 1_000_000 ? 7 : 21;
    const times = timeRuns(analyse, runs, Math.ceil((WARM_UP_MB * 1_000_000) / size));
    return { size, median: median(times), first, mentions: matcher.find(body).length };
  });
}

export interface LanguageTiming {
  lang: string;
  perMb: number;
  mentions: number;
}

/** 1 MB of each language's corpus pages, analysed as a page in that language, and the English text once
 *  more as a page that declares no language (which gets the lower-case pass). */
function timeLanguages(): LanguageTiming[] {
  const matcher = projectMatcher();
  const langs = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return [...langs, ''].map((lang) => {
    const body = textOfSize(1_000_000, [lang || 'en']);
    const analyse = () => analysePage(matcher, { url: 'https://example.org/a', lang, title: 'Sample', body });
    const times = timeRuns(analyse, 9, 6);
    return { lang: lang || 'en, no lang', perMb: median(times), mentions: matcher.find(body).length };
  });
}

if (process.argv[1]?.endsWith('engine-timing.ts'))
  console.log(JSON.stringify(process.argv[2] === 'languages' ? timeLanguages() : timeSizes()));
