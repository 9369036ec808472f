// The first look: whether the page's text can hold a name that gives it a verdict (the name sieve,
// src/core/engine/name-sieve.ts). Most pages a reader opens are not about Kazakhstan; on them nothing more
// is done: no settings read, no message sent, no text model built, nothing painted. The look reads the text
// the browser has already laid out (innerText: a line break at every block, as the text model has), so it
// walks no node itself. It is left in this isolated world, which the page cannot see, for the worker to
// read when the popup opens (src/background/first-look.ts).
// As text, parsed here: the file is made by `npm run build:data`, which a fresh clone has not run yet.
import sieveText from '../generated/name-sieve.json?raw';
import { NameSieve, type PackedSieve } from '../src/core/engine/name-sieve';
import { FIRST_LOOK_KEY, type FirstLook } from '../src/messaging/first-look';

const shippedSieve = new NameSieve(JSON.parse(sieveText) as PackedSieve);

/** Characters put to the sieve at once: a long page stops at its first possible name. */
const PART = 50_000;

/** What the reader's title may come from besides the text (extract.ts): the document's title, og:title and
 *  the JSON-LD blocks, whose headline may be hidden from the page's text. */
function titleTexts(doc: Document): string[] {
  const texts = [doc.title];
  const og = doc.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content');
  if (og) texts.push(og);
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) texts.push(script.textContent ?? '');
  return texts;
}

/** Whether `text` may hold a name, read in parts that end at a line break (no name runs across one). */
export function textMayHoldNames(text: string, sieve = shippedSieve, met: number[] = []): boolean {
  for (let from = 0; from < text.length; ) {
    const lineEnd = text.indexOf('\n', from + PART);
    const to = lineEnd < 0 ? text.length : lineEnd;
    if (sieve.mayHoldName(text.slice(from, to), met)) return true;
    from = to + 1;
  }
  return false;
}

/** The body's text as laid out (a body not rendered gives its text content). A body kept invisible while
 *  the page loads lays out none: AMP's boilerplate hides it until AMP's script runs, other sites until
 *  their fonts arrive, and no text is added when it shows. Its text content is read then, so an article
 *  about to be shown is not turned away (tests/fixtures/pages/hidden-until-ready.html). */
function bodyTextOf(doc: Document): string {
  if (!doc.body) return '';
  if (getComputedStyle(doc.body).visibility !== 'visible') return doc.body.textContent ?? '';
  // biome-ignore lint/performance/useDomNodeTextContent: the laid-out text leaves out what the page hides
  return doc.body.innerText;
}

/** Whether the page may hold a name: its title's sources, then its body's text (`bodyText`: tests give
 *  the text model's, which breaks lines at the same blocks as the browser's innerText). */
export function pageMayHoldNames(doc: Document = document, sieve = shippedSieve, bodyText = bodyTextOf): boolean {
  const met: number[] = [];
  return sieve.mayHoldName(titleTexts(doc).join('\n'), met) || textMayHoldNames(bodyText(doc), sieve, met);
}

/** Whether the nodes the page added may hold a name. Their text content, not their laid-out text: asking
 *  for that from an observer's callback would make the browser lay the page out again, on every page that
 *  keeps adding nodes (tickers, ads, comments), and text added while hidden is read too. */
export const addedTextMayHoldNames = (roots: Node[], sieve = shippedSieve) =>
  textMayHoldNames(roots.map((root) => root.textContent ?? '').join('\n'), sieve);

/** Records the look where the worker finds it. */
export function recordLook(mayHoldNames: boolean, lookAgain?: () => boolean): void {
  const look: FirstLook = { mayHoldNames, url: location.href, lookAgain };
  (globalThis as unknown as Record<string, FirstLook>)[FIRST_LOOK_KEY] = look;
}
