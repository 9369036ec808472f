// Turns text into comparison terms for full-text similarity: folded, stop words dropped, plurals trimmed.

// Words that say nothing about which story a text tells; the digests' framing words are here too
// ("outlet", "article", "report"), since every summary uses them.
const STOP_WORDS = new Set(
  `a an the and or but nor of to in on at by for from with without into onto over under about after before
  as is are was were be been being has have had do does did will would can could should may might must shall
  this that these those it its he she they them his her their we our you your i me my not no so than
  then there here which who whom whose what when where why how all any both each few more most other some such
  only own same too very just also while during between against through up down out off again further once
  said says say told according noted notes note added adds wrote writes write described describes describe
  article report reports reported piece outlet outlets story stories author publication published new one two
  year years month months week weeks day days kazakhstan kazakh country`
    .split(/\s+/)
    .filter(Boolean),
);

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case, accents dropped, ё as е: the same folding the search index uses. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most summaries are plain ASCII: normalising them would cost time and change nothing.
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ё/g, 'е') : lower;
}

/** A crude English stem: enough to make "sanctions" meet "sanction" and "visited" meet "visit". */
export function stem(word: string): string {
  const length = word.length;
  if (length <= 4 || word.charCodeAt(0) > 127) return word;
  if (word.endsWith('s')) {
    if (word.endsWith('ss')) return word;
    if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
    return word.slice(0, -1);
  }
  if (length > 6 && word.endsWith('ing')) return word.slice(0, -3);
  if (length > 5 && word.endsWith('ed')) return word.slice(0, -2);
  return word;
}

// Anything but letters, digits and apostrophes separates words; ASCII text, most of it, gets the cheaper pattern.
const SEPARATORS = /[^\p{L}\p{N}']+/u;
const ASCII_SEPARATORS = /[^a-z0-9']+/;
const APOSTROPHE = 39;

/** The terms of a text, in order, repeats kept (the caller counts them). */
export function terms(text: string): string[] {
  const folded = fold(text).replace(/[\u2018\u2019]/g, "'");
  const out: string[] = [];
  for (let word of folded.split(NON_ASCII.test(folded) ? SEPARATORS : ASCII_SEPARATORS)) {
    // Quotes around a word are not part of it; a possessive 's is dropped ("tokayev's" is "tokayev").
    while (word.charCodeAt(0) === APOSTROPHE) word = word.slice(1);
    while (word.charCodeAt(word.length - 1) === APOSTROPHE) word = word.slice(0, -1);
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    // Day numbers ("Nov. 9") say nothing; years and amounts do.
    if (word.length === 2 && word.charCodeAt(0) <= 57 && word.charCodeAt(1) <= 57) continue;
    out.push(stem(word));
  }
  return out;
}
