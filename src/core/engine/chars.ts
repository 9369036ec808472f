// Character classes for the matcher: what belongs to a word, what is skipped inside one, and a fast lower case.

/** Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible inside a word, so skipped. */
export function isIgnorable(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

// 0 = not yet known, 1 = word character, 2 = not. Filled lazily: a full table would cost milliseconds at load.
const wordClass = new Uint8Array(0x10000);
const letterOrDigit = /[\p{L}\p{M}\p{N}]/u;

/** Letters, marks and digits of any script. Surrogates (astral characters, lone halves) end a word. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let known = wordClass[code];
  if (known === 0) {
    known = isLetterOrDigit(code) ? 1 : 2;
    wordClass[code] = known;
  }
  return known === 1;
}

/** Whether a character beyond ASCII is a letter, mark or digit. The blocks that pages about Kazakhstan are
 *  written in are settled by their ranges (tests/unit/engine/chars.test.ts checks them against the regex):
 *  compiling the Unicode regex costs a page half a millisecond, and only another script's letter needs it. */
export function isLetterOrDigit(code: number): boolean {
  if (code <= 0xbf) return LATIN1_WORD_CHARS.has(code);
  if (code <= 0x24f) return code !== 0xd7 && code !== 0xf7; // × and ÷ among the accented letters
  if (code >= 0x400 && code <= 0x52f) return code !== 0x482; // Cyrillic, but for the thousands sign
  if (code >= 0x2000 && code <= 0x206f) return false; // dashes, quotes, spaces and other punctuation
  if (code === 0x2bc) return false; // ʼ, Ukrainian's apostrophe: a letter to Unicode, a joiner to us
  return letterOrDigit.test(String.fromCharCode(code));
}

/** ª ² ³ µ ¹ º ¼ ½ ¾: the letters and digits of Latin-1's symbol half. */
const LATIN1_WORD_CHARS = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

const lowerCache = new Uint16Array(0x10000);

/** Lower case of one UTF-16 unit, with ё folded into е (Russian texts use both) and Turkish İ as i. */
export function lowerCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (code === 0x451 || code === 0x401) return 0x435;
  if (code === 0x130) return 0x69; // Turkish İ: toLowerCase gives i and a combining dot
  let lower = lowerCache[code];
  if (lower === 0) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    lowerCache[code] = lower;
  }
  return lower;
}

/** True for Cyrillic letters, the script whose words the matcher inflects. */
/** An ASCII digit: what a name may follow glued to it (11:00Казахстан), and a word of the sieve may start with. */
export const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

export function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

/** foldCode's answers for characters outside words, and for invisible ones inside them. Neither is the
 *  lower case of any letter or digit. */
export const NOT_WORD = 1;
export const IGNORED = 2;

// Per UTF-16 unit: what foldCode answers, or 0 when not yet known. Filled as characters are met.
const folded = new Uint16Array(0x10000);

/** In one table read, what the matcher asks of each character: its lower case (ё as е) if it belongs to a
 *  word, else NOT_WORD or IGNORED. */
export function foldCode(code: number): number {
  const known = folded[code];
  return known !== 0 ? known : learnFold(code);
}

function learnFold(code: number): number {
  const answer = isWordChar(code) ? lowerCode(code) : isIgnorable(code) ? IGNORED : NOT_WORD;
  folded[code] = answer;
  return answer;
}

/** How names are found in a script (see script-names.ts): word by word (Latin, Cyrillic, Greek: the trie);
 *  as strings anywhere (Chinese, Japanese, Thai, Khmer: written without spaces); at a word's start,
 *  whatever follows (Korean, whose particles join the word: 카자흐스탄의; Georgian, Armenian, the Indic
 *  scripts); at a word's start or after a joined prefix, whatever follows (Arabic, Persian, Hebrew:
 *  وكازاخستان, الكازاخستاني, בקזחסטן). */
export const BY_WORDS = 0;
export const ANYWHERE = 1;
export const WORD_START = 2;
export const AFTER_PREFIX = 3;
export type ScriptStyle = typeof BY_WORDS | typeof ANYWHERE | typeof WORD_START | typeof AFTER_PREFIX;

export function scriptStyle(code: number): ScriptStyle {
  if (code < 0x530) return BY_WORDS;
  if (code <= 0x58f) return WORD_START; // Armenian
  if (code <= 0x5ff) return AFTER_PREFIX; // Hebrew: ב, ל, ו join a word too
  if (code <= 0x6ff || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfdff)) return AFTER_PREFIX;
  if (code >= 0xfe70 && code <= 0xfefe) return AFTER_PREFIX; // Arabic presentation forms, not the BOM
  if (code >= 0x780 && code <= 0x7bf) return WORD_START; // Thaana
  if (code >= 0x900 && code <= 0xdff) return WORD_START; // the Indic scripts
  if ((code >= 0xe00 && code <= 0xeff) || (code >= 0x1780 && code <= 0x17ff)) return ANYWHERE; // Thai, Lao, Khmer
  if ((code >= 0x10a0 && code <= 0x10ff) || (code >= 0x1200 && code <= 0x137f)) return WORD_START; // Georgian, Ethiopic
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff)) return ANYWHERE; // kana
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) return ANYWHERE; // Han
  if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f))
    return WORD_START; // Hangul
  return BY_WORDS;
}

/** Whether a character belongs to a script whose names are found in runs (scriptStyle): a word of the
 *  scripts with spaces ends there, as Korean and Japanese glue their particles to a Latin name
 *  (Kazatomprom사는, Kazatompromは). Below U+0530 (Latin, Greek, Cyrillic) a single comparison answers. */
export const isRunScript = (code: number) => code >= 0x530 && scriptStyle(code) !== BY_WORDS;

/** A character as names are compared: Arabic and Persian letters that the press writes either way are
 *  one (أ إ آ ٱ as ا, ى ی as ي, ک as ك); vowel marks, the kashida and zero-width joiners are skipped (-1).
 *  Ta marbuta stays apart from he: Arabic أستانة is Astana, Persian آستانه is
 *  "threshold". Hindi writes the nukta or leaves it out (कज़ाख़स्तान, कजाखस्तान), so it is skipped and
 *  the letters that carry it are their plain ones; so do Bengali (য় as one character or য and the nukta:
 *  তোকায়েভ), Punjabi in Gurmukhi (ਕਜ਼ਾਖਸਤਾਨ, ਕਜਾਖਸਤਾਨ) and Gujarati (કઝાક, rarely કજ઼ાક). */
export function scriptFold(code: number): number {
  if (code === 0x200c || code === 0x200d) return -1; // beyond U+0600, so asked before the range below
  if (code < 0x600) return code;
  if (code >= 0x900 && code <= 0x97f) return devanagariFold(code);
  if (code >= 0x980 && code <= 0x9ff) return bengaliFold(code);
  if (code >= 0xa00 && code <= 0xaff) return gurmukhiGujaratiFold(code);
  if (code === 0x623 || code === 0x625 || code === 0x622 || code === 0x671) return 0x627;
  if (code === 0x649 || code === 0x6cc) return 0x64a;
  if (code === 0x6a9) return 0x643;
  if (code === 0x640 || (code >= 0x64b && code <= 0x65f) || code === 0x670) return -1;
  return code;
}

/** क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958-U+095F) as क ख ग ज ड ढ फ य; the nukta sign itself (U+093C) skipped. */
const NUKTA_BASES = [0x915, 0x916, 0x917, 0x91c, 0x921, 0x922, 0x92b, 0x92f];
function devanagariFold(code: number): number {
  if (code === 0x93c) return -1;
  return code >= 0x958 && code <= 0x95f ? NUKTA_BASES[code - 0x958] : code;
}

/** Bengali's ড় ঢ় য় (U+09DC, U+09DD, U+09DF) as ড ঢ য; the nukta sign (U+09BC) skipped. */
function bengaliFold(code: number): number {
  if (code === 0x9bc) return -1;
  if (code === 0x9dc) return 0x9a1;
  if (code === 0x9dd) return 0x9a2;
  return code === 0x9df ? 0x9af : code;
}

/** Gurmukhi's ਖ਼ ਗ਼ ਜ਼ ਫ਼ (U+0A59-U+0A5B, U+0A5E) and ਲ਼ ਸ਼ (U+0A33, U+0A36) as ਖ ਗ ਜ ਫ ਲ ਸ; the nukta sign of
 *  Gurmukhi (U+0A3C) and of Gujarati (U+0ABC) skipped. */
const GURMUKHI_NUKTA_BASES = new Map([
  [0xa59, 0xa16],
  [0xa5a, 0xa17],
  [0xa5b, 0xa1c],
  [0xa5e, 0xa2b],
  [0xa33, 0xa32],
  [0xa36, 0xa38],
]);
function gurmukhiGujaratiFold(code: number): number {
  if (code === 0xa3c || code === 0xabc) return -1;
  return GURMUKHI_NUKTA_BASES.get(code) ?? code;
}
