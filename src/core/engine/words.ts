// Word boundaries as the matcher sees them: letters and digits of any script, with invisible characters
// (soft hyphens, zero-width joiners) inside a word skipped.
import { isIgnorable, isWordChar, lowerCode } from './chars';

/** The end of the word that starts at `start` (ignorable characters at its end are left out). */
export function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && (isWordChar(text.charCodeAt(i)) || isIgnorable(text.charCodeAt(i)))) i++;
  while (i > start && isIgnorable(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The start of the next word at or after `from`, or -1. */
export function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isWordChar(text.charCodeAt(i))) return i;
  return -1;
}

// Per UTF-16 unit: 1 word character, 2 not, 3 ignorable inside a word, 0 not yet known.
const countClass = new Uint8Array(0x10000);

function classOf(code: number): number {
  let kind = countClass[code];
  if (kind === 0) {
    kind = isWordChar(code) ? 1 : isIgnorable(code) ? 3 : 2;
    countClass[code] = kind;
  }
  return kind;
}

/** Words in text: each run of letters and digits, invisible characters inside a word kept in it. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const kind = classOf(text.charCodeAt(i));
    if (kind === 1) {
      if (!inWord) count++;
      inWord = true;
    } else if (kind === 2) inWord = false;
  }
  return count;
}

/** Past this many characters (a long read of some 8,000 words), words are counted in a sample and scaled:
 *  density needs no more. */
const COUNTED_EXACTLY = 50_000;

/** The word count the verdict's density uses: exact for articles, scaled from the first 50,000
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
