// Splits a digest as published (text layout of data/seeds/) into its preamble and items: heading + paragraphs.
import { toIsoDate } from './dates';

export interface TextItem {
  heading: string;
  paragraphs: string[];
}

export interface TextLayout {
  /** Lines before the first heading: the date line and the publisher's introduction. */
  preamble: string[];
  items: TextItem[];
}

const MAX_HEADING_WORDS = 22;
const MAX_HEADING_CHARS = 200;

/** A heading is a short line that does not end a sentence; "?" and "!" end headlines too, so only
 *  a final period, comma, colon or semicolon (possibly inside closing quotes) rules a line out. */
export function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS || line.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/[.,;:]["')\]]*$/.test(line) && !/\b(?:Inc|Ltd|Co|Corp|U\.S|D\.C)\.$/.test(line)) return false;
  return /^["'(]?[\p{Lu}\p{N}]/u.test(line);
}

/** Each non-empty line is a paragraph (pasted digests keep one paragraph per line); a heading must be
 *  followed by a paragraph, so two short lines in a row make the first one a paragraph, not a heading. */
export function splitLayout(text: string): TextLayout {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const preamble: string[] = [];
  const items: TextItem[] = [];
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    const heading = looksLikeHeading(line) && !isDateLine(line) && next !== undefined && !looksLikeHeading(next);
    if (heading) items.push({ heading: line, paragraphs: [] });
    else if (items.length > 0) items[items.length - 1].paragraphs.push(line);
    else preamble.push(line);
  });
  return { preamble, items: items.filter((item) => item.paragraphs.length > 0) };
}

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month name or abbreviation: "Nov.", "November", "Sept.". */
export const MONTH_NAME = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The digest's own date from its first lines: "date 2023-11-10", "2023-11-10", "November 10, 2023",
 *  "10 November 2023" or "10.11.2023". */
export function findDigestDate(lines: string[]): string | null {
  const text = lines.slice(0, 3).join('\n');
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = new RegExp(`\\b(${MONTH_NAME}) (\\d{1,2}),? (\\d{4})\\b`).exec(text);
  if (monthFirst) return toIsoDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  const dayFirst = new RegExp(`\\b(\\d{1,2}) (${MONTH_NAME}),? (\\d{4})\\b`).exec(text);
  if (dayFirst) return toIsoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (dotted) return toIsoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  return null;
}

/** A short line that is only a date ("November 10, 2023"): the digest's date line, never a heading. */
function isDateLine(line: string): boolean {
  return line.split(/\s+/).length <= 6 && findDigestDate([line]) !== null;
}
