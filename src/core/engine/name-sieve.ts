// Whether a text can hold a name that gives a page a verdict (an anchor), answered on every page before
// anything else is read, laid out or sent: most pages a reader opens are not about Kazakhstan. The sieve
// holds hashes of the words of each anchor's every form (a Latin word whole, a Cyrillic one cut to the stem
// no ending changes: name-sieve-keys.ts); a text passes when it has one such word, or both words of a pair
// (a name of common words). It may say "maybe" where the matcher finds nothing; it never says "no" where
// the matcher would find an anchor (tests/unit/engine/name-sieve.test.ts holds that against every form of
// the knowledge base and every corpus page). The worker stays the judge. It runs on every page, before V8
// has optimised any of it, so the browser's own string functions cut the text into words (a loop over each
// character in the interpreter cost a 7 KB page 7-20 ms), and the hashes are small integers in a string,
// searched as shipped, with nothing to decode or build.
import { isCyrillic, isDigit, scriptFold } from './chars';

/** Letters of a word a key holds at most: enough that Informburo is not "information". */
export const LONGEST_KEY = 7;
/** Ends the key of a whole word, which the text's word must be (Expo, not export): '=' belongs to no word. */
export const WHOLE_WORD = 0x3d;

export const FNV_START = 0x011c9dc5;
/** FNV-1a, kept to 30 bits: small integers stay unboxed in V8, in arrays and objects alike. */
export const step = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193) & 0x3fffffff;

export function hashOf(codes: string, length: number, wholeWord: boolean): number {
  let hash = FNV_START;
  for (let i = 0; i < length; i++) hash = step(hash, codes.charCodeAt(i));
  return wholeWord ? step(hash, WHOLE_WORD) : hash;
}

/** The keys as the page receives them (name-sieve-keys.ts), each number two UTF-16 units, sorted: those one
 *  of which lets a text through; every word of a pair; and the pairs, by their words' places in `parts`.
 *  `screen` has a bit for every key: most words of a page are turned away by that one bit. */
export interface PackedSieve {
  screen: string;
  singles: string;
  parts: string;
  pairs: string;
}

/** Added to every unit of the packed strings, so that none is a control character. */
export const OFFSET = 0x20;
/** Slots of the screen: a tenth of them are a key's. */
export const SCREEN_BITS = 1 << 15;
/** A pair's two places, the smaller first, as one number. */
export const PAIR_PLACES = 4096;
export const pairKey = (a: number, b: number) => Math.min(a, b) * PAIR_PLACES + Math.max(a, b);

const hashAt = (packed: string, index: number) =>
  ((packed.charCodeAt(2 * index) - OFFSET) << 15) | (packed.charCodeAt(2 * index + 1) - OFFSET);

/** Whether the screen may hold `hash` (a slot's sixteenth bit is not kept: those always may). */
function screened(screen: string, hash: number): boolean {
  const slot = hash & (SCREEN_BITS - 1);
  return (slot & 15) === 15 || ((screen.charCodeAt(slot >> 4) - OFFSET) & (1 << (slot & 15))) !== 0;
}

/** The place of `hash` in a packed sorted list, or -1. */
function placeOf(packed: string, hash: number): number {
  let low = 0;
  let high = packed.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = hashAt(packed, middle);
    if (value === hash) return middle;
    if (value < hash) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

const LEADING_DIGITS = /^[0-9]+/;
/** Characters the matcher skips inside a word (chars.ts isIgnorable). */
const IGNORED = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Anything but the letters, marks and digits of the alphabets with capitals, as chars.ts reads them (×, ÷,
 *  ҂ and the Greek question mark are not letters). A character the matcher would read as a letter and this
 *  does not only cuts a word in two, which lets more text through: no name holds one. */
export const NOT_LETTER =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks are letters of a word here, one by one
  /[^0-9a-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u02b0-\u02bb\u02bd-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0300-\u036f\u0370-\u0373\u0376\u0377\u037a-\u037d\u0374\u037f\u0386\u0388-\u03f5\u03f7-\u03ff\u0400-\u0481\u0483-\u052f\u1e00-\u1fff\u2c65\u2c66]+/;
/** Runs of the scripts without capitals (chars.ts scriptStyle): their names are found as strings. */
const SCRIPT_RUNS =
  /[\u0531-\u077f\u0780-\u07bf\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufefe]{2,}/g;

/** The text in lower case as the matcher folds it (ё as е, Turkish İ as i), and final sigma as sigma, which
 *  the keys are made with too. */
export const sieveLowerCase = (text: string) =>
  text.replace(/İ/g, 'i').toLowerCase().replace(/ё/g, 'е').replace(/ς/g, 'σ');

export class NameSieve {
  constructor(readonly keys: PackedSieve) {}

  /** `met`: the words of pairs met so far, where a text comes in parts (a long page). */
  mayHoldName(text: string, met: number[] = []): boolean {
    const kept = text.replace(IGNORED, '');
    // Each word once: a page says its words many times over, and the browser's own Set drops the repeats.
    for (const word of new Set(sieveLowerCase(kept).split(NOT_LETTER))) {
      if (word && this.meetWord(word, met)) return true;
      // The matcher reads a name glued after digits (11:00Кыргыз-казак), and so must the sieve.
      if (isDigit(word.charCodeAt(0))) {
        const letters = word.replace(LEADING_DIGITS, '');
        if (letters && this.meetWord(letters, met)) return true;
      }
    }
    for (const run of kept.match(SCRIPT_RUNS) ?? []) if (this.meetRun(run, met)) return true;
    return this.pairMet(met);
  }

  /** Whether a key of the word is a single; the words of pairs met are added to `met`. */
  private meetWord(word: string, met: number[]): boolean {
    const cyrillic = isCyrillic(word.charCodeAt(0));
    const letters = Math.min(word.length, LONGEST_KEY);
    let hash = FNV_START;
    for (let i = 0; i < letters; i++) {
      hash = step(hash, word.charCodeAt(i));
      // A Cyrillic stem's key at any length; a long word's first letters.
      if (((cyrillic && i >= 1) || i === LONGEST_KEY - 1) && this.meet(hash, met)) return true;
    }
    return word.length <= LONGEST_KEY && this.meet(step(hash, WHOLE_WORD), met);
  }

  /** The first two characters of a name in a script without capitals may stand anywhere in a run. */
  private meetRun(run: string, met: number[]): boolean {
    let previous = -1;
    for (let i = 0; i < run.length; i++) {
      const folded = scriptFold(run.charCodeAt(i));
      if (folded < 0) continue;
      if (previous >= 0 && this.meet(step(step(FNV_START, previous), folded), met)) return true;
      previous = folded;
    }
    return false;
  }

  private meet(hash: number, met: number[]): boolean {
    if (!screened(this.keys.screen, hash)) return false;
    if (placeOf(this.keys.singles, hash) >= 0) return true;
    const part = placeOf(this.keys.parts, hash);
    if (part >= 0 && !met.includes(part)) met.push(part);
    return false;
  }

  private pairMet(met: number[]): boolean {
    for (let i = 0; i < met.length; i++)
      for (let j = i + 1; j < met.length; j++) if (placeOf(this.keys.pairs, pairKey(met[i], met[j])) >= 0) return true;
    return false;
  }
}
