// Every corpus page read once as the extension reads it, with what the fit and the eval need: its label,
// its signals, and its names, so that any model's verdict (and what it would highlight) can be worked out
// without reading the page again.
import { isHighlighted, type Matcher, type Verdict } from '../../src/core/engine';
import type { Signals } from '../../src/core/engine/verdict-model';
import { type CorpusPage, loadCorpus, trapHits } from './corpus';
import { type ReadPage, readPage } from './read-page';

export interface ReadCorpusPage {
  page: CorpusPage;
  read: ReadPage;
  signals: Signals;
  /** Whether the page has an anchor in its title, lede or body: without one it is none, whatever the model. */
  anchored: boolean;
}

export async function readCorpus(matcher: Matcher): Promise<ReadCorpusPage[]> {
  const out: ReadCorpusPage[] = [];
  for (const page of loadCorpus()) {
    const read = await readPage(matcher, page.html, page.url);
    out.push({ page, read, signals: read.analysis.signals, anchored: read.analysis.verdict !== 'none' });
  }
  return out;
}

/** The trap words a verdict would highlight on a page. */
export function trapsHighlighted(matcher: Matcher, { page, read }: ReadCorpusPage, verdict: Verdict): string[] {
  if (page.traps.length === 0) return [];
  const highlighted = read.mentions
    .filter((m) => isHighlighted(matcher.kb, m, verdict))
    .map((m) => ({ start: m.start, end: m.end, text: read.text.slice(m.start, m.end) }));
  return trapHits(read.text, highlighted, page.traps);
}

/** Whether a verdict highlights anything at all on the page. */
export function highlightsAny(matcher: Matcher, { read }: ReadCorpusPage, verdict: Verdict): boolean {
  return read.mentions.some((m) => isHighlighted(matcher.kb, m, verdict));
}
