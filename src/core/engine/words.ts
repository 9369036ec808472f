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

export function countWords(text: string): number {
  let count = 0;
  for (let i = nextWordStart(text, 0); i >= 0; i = nextWordStart(text, wordEnd(text, i))) count++;
  return count;
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
