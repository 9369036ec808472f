// The engine and its knowledge base, made once per page and only when a page has text worth reading.
import kbText from '../generated/kb.json?raw';
import { Matcher } from '../src/core/engine';
import type { CompiledKb } from '../src/core/kb/compiled';

let matcher: Matcher | undefined;

/** Parsing is deferred to first use: pages with no text never pay for it. */
export function getMatcher(): Matcher {
  matcher ??= new Matcher(JSON.parse(kbText) as CompiledKb);
  return matcher;
}
