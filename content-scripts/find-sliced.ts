// Runs the matcher over a long text in line-aligned chunks, yielding between them.
import type { Matcher, Mention } from '../src/core/engine';
import { runSliced } from './slices';

const CHUNK = 32_000;

export async function findSliced(matcher: Matcher, text: string, signal: AbortSignal): Promise<Mention[] | null> {
  const mentions: Mention[] = [];
  let from = 0;
  const done = await runSliced(() => {
    if (from >= text.length) return true;
    // Cut at a line break: names never cross one, so no mention is split between chunks.
    const to = chunkEnd(text, from);
    for (const mention of matcher.find(text.slice(from, to))) {
      mention.start += from;
      mention.end += from;
      mentions.push(mention);
    }
    from = to;
    return false;
  }, signal);
  return done ? mentions : null;
}

/** Prefers a line break; a page of one endless line is cut at a space (a two-word name there may be missed). */
function chunkEnd(text: string, from: number): number {
  if (from + CHUNK >= text.length) return text.length;
  const line = text.indexOf('\n', from + CHUNK);
  if (line >= 0 && line < from + 4 * CHUNK) return line;
  const space = text.indexOf(' ', from + CHUNK);
  return space >= 0 && space < from + 4 * CHUNK ? space : Math.min(text.length, from + 4 * CHUNK);
}
