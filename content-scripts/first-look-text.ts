// The first look's reading of a page: its text as the reader would read it (element-kinds.ts: the same
// elements skipped, a word never run across two blocks), and what the page's title may be made of, put to
// the name sieve as it is walked. Nothing is copied or laid out.
import type { NameSieve, SieveScanner } from '../src/core/engine/name-sieve';
import { isBlock, isSkipped } from './element-kinds';

/** What the reader's title may come from besides the text (extract.ts): the document's title, og:title and
 *  the JSON-LD blocks, whose headline may be hidden from the page's text. */
function titleTexts(doc: Document): string[] {
  const texts = [doc.title];
  const og = doc.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content');
  if (og) texts.push(og);
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) texts.push(script.textContent ?? '');
  return texts;
}

/** Feeds the scanner root's text, breaking words where blocks begin and end; stops at the first maybe. */
function scanTree(root: Node, scanner: SieveScanner): void {
  let node: Node | null = root.nodeType === Node.TEXT_NODE ? root : root.firstChild;
  if (root.nodeType === Node.ELEMENT_NODE && isSkipped(root as Element)) return;
  while (node && !scanner.found) {
    if (node.nodeType === Node.TEXT_NODE) scanner.read((node as Text).data);
    else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const child = isSkipped(element) ? null : element.firstChild;
      if (isBlock(element)) scanner.breakWord();
      if (child) {
        node = child;
        continue;
      }
    }
    // Up to the next sibling, ending a word at each block left on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element)) scanner.breakWord();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  scanner.breakWord();
}

/** Whether the page, or only the nodes it added (`roots`), may hold a name. */
export function mayHoldNames(sieve: NameSieve, roots?: Node[]): boolean {
  const scanner = sieve.scanner();
  if (!roots) {
    for (const text of titleTexts(document)) {
      scanner.read(text);
      scanner.breakWord();
    }
    if (document.body) scanTree(document.body, scanner);
  } else for (const root of roots) if (!scanner.found) scanTree(root, scanner);
  return scanner.end();
}
