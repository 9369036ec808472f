// Foreign names that a sentence enumerates: "flights to Turkey, the UAE, Germany, ... and China", "visa-free
// for Japan, Korea, Malaysia and Brazil too". Such a run is one list, not many other subjects: counted
// name by name, it made a page about Kazakhstan's own flights or visas look like a page about thirty
// countries. A run that holds one of our names is left alone: there Kazakhstan is one of N.
import type { EntityTable } from '../kb/compiled';
import type { Mention } from './matcher';

/** Names in a row that make a run. */
const RUN_LENGTH = 3;

/** The longest gap between two names of a run, in characters: a comma, spaces and a short word. */
const MAX_GAP = 12;

/** What may stand between two names of a run: separators and one short word (and, и, et, y, và, และ). */
const BETWEEN = /^[\s,;:/·•、，；–—-]*(?:\p{L}{1,4}[\s,;:/·•、，；–—-]*)?$/u;

/** Marks as enumerated every foreign name of a run but its first, so that the run counts once. */
export function markForeignRuns(kb: EntityTable, text: string, mentions: Mention[]): void {
  const isForeign = (mention: Mention) => kb.entities[mention.entity].strength === 'ranking';
  let runStart = 0;
  for (let at = 1; at <= mentions.length; at++) {
    const gap = at < mentions.length ? mentions[at].start - mentions[at - 1].end : Number.POSITIVE_INFINITY;
    const joined = gap <= MAX_GAP && BETWEEN.test(text.slice(mentions[at - 1].end, mentions[at].start));
    if (joined) continue;
    const run = mentions.slice(runStart, at);
    if (run.length >= RUN_LENGTH && run.every(isForeign)) for (const mention of run.slice(1)) mention.enumerated = true;
    runStart = at;
  }
}
