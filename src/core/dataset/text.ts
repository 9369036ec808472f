// Text helpers shared by ids, dedup, search and the importer: quote folding, comparison keys, word counts.

/** Curly quotes and apostrophes as their straight forms: sources mix both for the same name. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

/**
 * A comparison key: lower case, diacritics and punctuation dropped, ё as е, € as "eur", words joined by
 * one space. Two spellings that differ only in case, accents, quotes or dashes get the same key.
 */
export function foldKey(text: string): string {
  return straightenQuotes(text)
    .replace(/€/g, ' eur ')
    .replace(/&/g, ' and ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Headlines are retold with and without articles ("commitment to the OSCE" / "commitment to OSCE").
const ARTICLES = new Set(['a', 'an', 'the']);

/** The key of a headline: foldKey without English articles. */
export function headlineKey(headline: string): string {
  return foldKey(headline)
    .split(' ')
    .filter((word) => !ARTICLES.has(word))
    .join(' ');
}

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
