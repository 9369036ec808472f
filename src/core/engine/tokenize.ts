// Splits text into words with their offsets, the unit the matcher walks over.
import { isIgnorable, isWordChar, lowerCode } from './chars';

/** Words as parallel arrays (start, end): a 1 MB page has ~170,000 words, so no object per word. */
export interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

export function tokenize(text: string): Words {
  let capacity = Math.max(16, text.length >> 3);
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let count = 0;
  let start = -1;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 32;
    if (isWordChar(code) || (start >= 0 && isIgnorable(code))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if (count === capacity) {
        capacity *= 2;
        starts = grow(starts, capacity);
        ends = grow(ends, capacity);
      }
      let end = i;
      while (end > start && isIgnorable(text.charCodeAt(end - 1))) end--;
      starts[count] = start;
      ends[count] = end;
      count++;
      start = -1;
    }
  }
  return { count, starts, ends };
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
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

/** The words of a name, as keys: "Kassym-Jomart Tokayev" → ["kassym", "jomart", "tokayev"]. */
export function nameKeys(name: string): string[] {
  const words = tokenize(name);
  const keys: string[] = [];
  for (let i = 0; i < words.count; i++) keys.push(wordKey(name, words.starts[i], words.ends[i]));
  return keys;
}

/** A number standing for a word's first two letters, lower-cased: a cheap filter before building its key. */
export function prefixCode(text: string, start: number, end: number): number {
  let first = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (first < 0) first = lowerCode(code);
    else return first * 0x10000 + lowerCode(code);
  }
  return first * 0x10000;
}
