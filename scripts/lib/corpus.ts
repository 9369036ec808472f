// The labelled corpus in tests/fixtures/corpus: every labels-*.json file, with each page's HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = new URL('../../tests/fixtures/corpus/', import.meta.url).pathname;

export interface CorpusPage {
  file: string;
  label: 'central' | 'mentions' | 'none';
  /** ISO 639-1: en, ru, kk, and the press's other languages (de, fr, zh ...). */
  lang: string;
  url: string;
  traps: string[];
  /** Kinds of page the eval reports apart: homonym, place-or-row, short-news, furniture. */
  classes?: string[];
  note?: string;
  html: string;
}

export function loadCorpus(dir = CORPUS_DIR): CorpusPage[] {
  return readdirSync(dir)
    .filter((name) => /^labels.*\.json$/.test(name))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Omit<CorpusPage, 'html'>[])
    .map((page) => ({ ...page, html: readFileSync(join(dir, page.file), 'utf8') }));
}

/** A highlighted stretch of the page's text. */
export interface Highlighted {
  start: number;
  end: number;
  text: string;
}

/** Highlights that overlap an occurrence of a trap word (as written, a whole word, any ending after it). */
export function trapHits(text: string, highlighted: Highlighted[], traps: string[]): string[] {
  const hits: string[] = [];
  for (const trap of traps) {
    const escaped = trap.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}[\\p{L}]*`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      for (const mark of highlighted)
        if (mark.start < end && mark.end > start) hits.push(`${mark.text} (on “${match[0]}”)`);
    }
  }
  return [...new Set(hits)];
}
