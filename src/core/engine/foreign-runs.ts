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

/** What may stand between two names of a run: separators (the Arabic script's comma and semicolon too) and
 *  one short word (and, и, et, y, và, و, และ), but not a space alone, which is how a sentence's subject
 *  stands before its list ("Қазақстандықтар Түркия, БАӘ, Грузия... барады": Kazakhstanis travel to Turkey,
 *  the UAE, Georgia). */
const BETWEEN = /^[\s,;:/·•、，；،؛–—-]*(?:\p{L}{1,4}[\s,;:/·•、，；،؛–—-]*)?$/u;
const SPACE_ONLY = /^\s*$/;
/** Thai, Lao, Burmese and Khmer put no space between words, and one between a list's items (บาห์เรน
 *  โคลอมเบีย อินโดนีเซีย): there a space alone joins. */
const SPACE_LISTS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;

/** Whether `next` goes on the list that `previous` is on. */
function joins(text: string, previous: Mention, next: Mention | undefined): boolean {
  if (!next || next.start - previous.end > MAX_GAP) return false;
  const between = text.slice(previous.end, next.start);
  if (!BETWEEN.test(between)) return false;
  return !SPACE_ONLY.test(between) || SPACE_LISTS.test(text.charAt(previous.end - 1));
}

/** Marks as enumerated every foreign name of a run but its first, so that the run counts once. */
export function markForeignRuns(kb: EntityTable, text: string, mentions: Mention[]): void {
  const isForeign = (mention: Mention) => kb.entities[mention.entity].strength === 'ranking';
  let runStart = 0;
  for (let at = 1; at <= mentions.length; at++) {
    if (joins(text, mentions[at - 1], mentions[at])) continue;
    const run = mentions.slice(runStart, at);
    if (run.length >= RUN_LENGTH && run.every(isForeign)) for (const mention of run.slice(1)) mention.enumerated = true;
    runStart = at;
  }
}
