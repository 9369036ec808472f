// Runs the matcher over a long text in line-aligned chunks, yielding between them.
import type { Matcher, Mention } from '../src/core/engine';
import { runSliced } from './slices';

const CHUNK = 32_000;

export async function findSliced(matcher: Matcher, text: string, signal: AbortSignal): Promise<Mention[] | null> {
  const mentions: Mention[] = [];
  let from = 0;
  const done = await runSliced(() => {
    if (from >= text.length) return true;
    // Cut at a line break, where names never cross; a name that runs past the cut is read to its end, and
    // the next part starts after it.
    const to = chunkEnd(text, from);
    const found = matcher.find(text, from, to);
    for (const mention of found) mentions.push(mention);
    from = Math.max(to, found.at(-1)?.end ?? to);
    return false;
  }, signal);
  return done ? mentions : null;
}

/** Prefers a line break; a page of one endless line is cut at a space, or at worst inside a word. */
function chunkEnd(text: string, from: number): number {
  if (from + CHUNK >= text.length) return text.length;
  const line = text.indexOf('\n', from + CHUNK);
  if (line >= 0 && line < from + 4 * CHUNK) return line;
  const space = text.indexOf(' ', from + CHUNK);
  return space >= 0 && space < from + 4 * CHUNK ? space : Math.min(text.length, from + 4 * CHUNK);
}
