// Looks at a page from the test's side: the highlights registered on it, its DOM as served, the hover card.
import type { Page } from 'puppeteer-core';

/** Highlight ranges per kind, read from the page's highlight registry (shared by every world of a page). */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) counts[name.replace('kazakhstan-lens-', '')] = highlight.size;
    return counts;
  });
}

/** The highlighted strings of one kind, in document order. */
export function highlightedTexts(page: Page, kind: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(`kazakhstan-lens-${name}`);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, kind);
}

/** The page's body as the server sent it, parsed fresh, to compare with the live body. */
export function servedBody(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').body.outerHTML;
  });
}

export const liveBody = (page: Page) => page.evaluate(() => document.body.outerHTML);

/** The centre of the first occurrence of `text` on the page, found from the page's side. */
export function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

/** The hover card's text, or null when it is not shown. */
export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('kazakhstan-lens-card') as HTMLElement | null;
    if (!host || host.style.display === 'none') return null;
    return host.shadowRoot?.textContent ?? '';
  });
}

export async function waitFor<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await probe();
  while (!accept(value)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeout} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}
