// The worker's side of every page's first look (content-scripts/first-look.ts). Where the look passes, the
// worker brings the reader into the tab: a page the look turned away never loads it. A page the look turned
// away sends nothing, and the popup opened on it is given a verdict from what that look saw. Both go through
// scripting.executeScript, into the extension's own isolated world of the tab's top frame.
import browser from 'webextension-polyfill';
import readerFile from '../../content-scripts/reader.ts?script&iife';
import { judge } from '../core/engine';
import { CHARS_PER_WORD } from '../core/engine/reading';
import { FIRST_LOOK_KEY, type FirstLook, MIN_ARTICLE_TEXT } from '../messaging/first-look';
import type { PageReport } from '../messaging/protocol';

interface Seen extends FirstLook {
  title: string;
  lang: string;
  characters: number;
}

/** Runs in the tab's isolated world, as a function of its own (it is sent to the tab as source). */
function readFirstLook(key: string): Seen | null {
  const look = (globalThis as unknown as Record<string, FirstLook | undefined>)[key];
  // No look yet, or one at an address the page has since left.
  if (!look || look.url !== location.href) return null;
  // The page may have added its article since the last look, which is then taken again at once.
  return {
    mayHoldNames: look.mayHoldNames || look.lookAgain?.() === true,
    url: look.url,
    title: document.title,
    lang: document.documentElement.lang,
    // As laid out, trimmed, as the reader counts it (its text model).
    // biome-ignore lint/performance/useDomNodeTextContent: the reader counts laid-out text, not hidden text
    characters: document.body?.innerText.trim().length ?? 0,
  };
}

/** Runs the reader (content-scripts/reader.ts) in the tab's top frame; it starts itself, once. */
export async function injectReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [readerFile] });
}

/** The report of a page whose first look found no name, or null: no look yet (loading, no access), the
 *  reader on its way, or a page with too little text to be an article yet (an app that renders its article
 *  later: the popup says it is being read, as it does where the reader found too little text). */
export async function reportWithoutNames(tabId: number): Promise<PageReport | null> {
  const [injected] = await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, func: readFirstLook, args: [FIRST_LOOK_KEY] })
    .catch(() => []);
  const seen = injected?.result as Seen | null | undefined;
  if (!seen || seen.mayHoldNames || seen.characters < MIN_ARTICLE_TEXT) return null;
  const words = Math.round(seen.characters / CHARS_PER_WORD);
  const analysis = judge({ entities: [] }, { title: [], lede: [], body: [] }, { url: seen.url, words });
  return {
    url: String(seen.url).slice(0, 4000),
    title: String(seen.title).slice(0, 500),
    headline: '',
    lede: '',
    excerpt: '',
    published: null,
    outlet: null,
    lang: String(seen.lang).toLowerCase().split(/[-_]/)[0].slice(0, 8),
    analysis,
    highlighted: 0,
  };
}
