// Word boundaries as the matcher sees them: letters and digits of any script, with invisible characters
// (soft hyphens, zero-width joiners) inside a word skipped.
import { isIgnorable, isRunScript, isWordChar, lowerCode } from './chars';

/** The end of the word that starts at `start` (ignorable characters at its end are left out). A word of
 *  the scripts with spaces ends where one read in runs begins (chars.ts isRunScript). */
export function wordEnd(text: string, start: number): number {
  const spaced = !isRunScript(text.charCodeAt(start));
  let i = start;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((!isWordChar(code) && !isIgnorable(code)) || (spaced && isRunScript(code))) break;
  }
  while (i > start && isIgnorable(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The start of the next word at or after `from`, or -1. */
export function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isWordChar(text.charCodeAt(i))) return i;
  return -1;
}

/** A word, for counting: letters, marks and digits of the scripts that put spaces between words (Latin,
 *  Greek, Cyrillic and their neighbours, Indic, Georgian, Hangul), invisible characters inside kept in it.
 *  A native search: counting runs before the page's code is warm, where a loop in JavaScript would be slow. */
const WORD =
  /[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u036f\u0370-\u0373\u0376-\u037d\u0386-\u03ff\u0400-\u0482\u048a-\u0587\u05d0-\u05ea\u0620-\u065f\u0660-\u0669\u0900-\u0dff\u10a0-\u10ff\u1e00-\u1fff\uac00-\ud7af\u00ad\u200b-\u200d\u2060\ufeff]+/g;

/** Scripts written without spaces, where a run of letters is a sentence, not a word: each run counts as
 *  its characters over the average word's length. The averages are ICU's (Intl.Segmenter) on our corpus's
 *  pages: 1.85 characters a word in Japanese, 1.59 in Chinese, 3.94 in Thai. */
const UNSPACED: readonly [RegExp, number][] = [
  [/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g, 1.7],
  [/[\u0e00-\u0e7f]+/g, 3.9],
];

/** Words in text: each run of letters and digits, and in the scripts without spaces, each run's length
 *  over the average word's. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) count++;
  for (const [run, charactersPerWord] of UNSPACED)
    for (const match of text.match(run) ?? []) count += Math.ceil(match.length / charactersPerWord);
  return count;
}

/** Past this many characters (a long read of some 3,000 words), words are counted in a sample and scaled:
 *  density needs no more. */
const COUNTED_EXACTLY = 20_000;

/** The word count the verdict's density uses: exact for articles, scaled from the first 20,000
 *  characters for longer texts, where counting every word would cost more than the matching. */
export function wordsForDensity(text: string): number {
  if (text.length <= COUNTED_EXACTLY) return countWords(text);
  return Math.round((countWords(text.slice(0, COUNTED_EXACTLY)) * text.length) / COUNTED_EXACTLY);
}

/** The lower-case key of text[start, end): ignorable characters dropped, ё folded. */
export function wordKey(text: string, start: number, end: number): string {
  let key = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isIgnorable(code)) key += String.fromCharCode(lowerCode(code));
  }
  return key;
}

/** The words of a name as keys: "Kassym-Jomart Tokayev" → ["kassym", "jomart", "tokayev"]. */
export function nameKeys(name: string): string[] {
  return nameWords(name).map((word) => wordKey(word, 0, word.length));
}

/** The words of a name as written, invisible characters dropped. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  for (let start = nextWordStart(name, 0); start >= 0; ) {
    const end = wordEnd(name, start);
    let word = '';
    for (let i = start; i < end; i++) if (!isIgnorable(name.charCodeAt(i))) word += name[i];
    words.push(word);
    start = nextWordStart(name, end);
  }
  return words;
}

/** A literal string as a regular expression matches it. */
export const escapeRegExp = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
