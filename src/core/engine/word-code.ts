// How a word is known before any string is built: a Cyrillic word that may carry an ending by its first
// three letters (its stem starts with them), any other word by a hash of the whole. Aliases are grouped and
// paired by this code, and a page's words looked up by it, whether it is made from an alias key or read
// letter by letter from a page.
import { foldCode, IGNORED, isCyrillic, isRunScript, NOT_WORD } from './chars';

/** Hashes are kept to 30 bits, so that V8 holds them as small integers: no boxing in sets and maps. */
export const HASH_MASK = 0x3fffffff;

/** Whether a word is known by its first three letters only: Cyrillic, and long enough to take an ending. */
export const takesEndings = (first: number, letters: number) => isCyrillic(first) && letters >= 4;

/** A word's code from what was gathered while reading it: the hash of its lower-case letters
 *  (`hash * 31 + letter`, each step cut to 32 bits), how many letters, and the first three. */
export function wordCode(hash: number, letters: number, first: number, second: number, third: number): number {
  // The three letters as one small integer: a filter, where a collision only lets a word through to the
  // trie, which decides.
  if (takesEndings(first, letters))
    return (((first - 0x400) & 0x1ff) << 21) | ((second & 0x3ff) << 11) | (third & 0x7ff);
  return hash & HASH_MASK;
}

/** A Cyrillic word's code by its first two letters (`second` 0 for a one-letter word). */
const stemCode = (first: number, second: number) => (((first - 0x400) & 0x1ff) << 11) | (second & 0x7ff);

/** How a name's second word is known when it is paired with the first (see FirstWords): a Cyrillic word by
 *  its first two letters, since a later word of a name may be a two-letter stem with an ending (Алма-Ата,
 *  Алма-Ате); any other word by its code. */
export function followerCodeOfKey(key: string): number {
  const first = key.charCodeAt(0);
  return isCyrillic(first) ? stemCode(first, key.length > 1 ? key.charCodeAt(1) : 0) : wordCodeOfKey(key);
}

/** The code of an alias word, given as its key (lower case, invisible characters gone). */
export function wordCodeOfKey(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return wordCode(hash, key.length, key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2));
}

/** The code of the first word at or after `from`, read in place. */
export function wordCodeAt(text: string, from: number): number {
  let hash = 0;
  let letters = 0;
  let first = 0;
  let second = 0;
  let third = 0;
  for (let i = from; i < text.length; i++) {
    const lower = foldCode(text.charCodeAt(i));
    if (lower === IGNORED || (lower === NOT_WORD && letters === 0)) continue;
    // A word of the scripts with spaces ends where a script read in runs begins (Air Astana가).
    if (lower === NOT_WORD || (letters > 0 && isRunScript(lower) && !isRunScript(first))) break;
    hash = (Math.imul(hash, 31) + lower) | 0;
    if (letters === 0) first = lower;
    else if (letters === 1) second = lower;
    else if (letters === 2) third = lower;
    letters++;
  }
  return wordCode(hash, letters, first, second, third);
}

/** The follower code (see followerCodeOfKey) of the first word at or after `from`, read in place: a
 *  Cyrillic word's first two letters are all that is read of it. */
export function followerCodeAt(text: string, from: number): number {
  let first = 0;
  for (let i = from; i < text.length; i++) {
    const lower = foldCode(text.charCodeAt(i));
    if (lower === IGNORED || (lower === NOT_WORD && first === 0)) continue;
    if (first === 0) {
      if (!isCyrillic(lower)) return wordCodeAt(text, i);
      first = lower;
    } else return stemCode(first, lower === NOT_WORD ? 0 : lower);
  }
  return first === 0 ? 0 : stemCode(first, 0);
}

/** The hash (see wordCode) of the word text[start, end). */
export function wordHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const lower = foldCode(text.charCodeAt(i));
    if (lower !== IGNORED) hash = (Math.imul(hash, 31) + lower) | 0;
  }
  return hash & HASH_MASK;
}
