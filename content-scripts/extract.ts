// Finds the article in a page: its container, headline, lede, publication date and outlet.
import { isInFurniture } from './furniture';

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
  'ReportageArticle',
]);

export interface ArticleParts {
  root: Element;
  headline: string;
  headlineElement: Element | null;
  ledeElement: Element | null;
  published: string | null;
  outlet: string | null;
  /** How the article was found, for debugging and tests. */
  via: 'json-ld' | 'article' | 'main' | 'density' | 'body';
}

interface LinkedData {
  headline?: string;
  datePublished?: string;
  publisher?: { name?: string };
}

function linkedArticle(doc: Document): LinkedData | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken block on the page is the page's problem, not ours.
    }
    const found = findArticleNode(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticleNode(data: unknown, depth: number): LinkedData | null {
  if (depth > 4 || typeof data !== 'object' || data === null) return null;
  if (Array.isArray(data)) {
    for (const entry of data) {
      const found = findArticleNode(entry, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type))) return record as LinkedData;
  return findArticleNode(record['@graph'], depth + 1);
}

const meta = (doc: Document, name: string) =>
  doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() || null;

/** The element whose own paragraphs hold the most text: the fallback for pages with no markup. */
function densestBlock(body: Element): Element | null {
  const scores = new Map<Element, number>();
  for (const paragraph of body.querySelectorAll('p')) {
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + (paragraph.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestScore = 200;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/** How much readable text an element holds (the caller measures it from the page's text model). */
export type TextLength = (element: Element) => number;

/** The element with the most text: an <article> inside another, or a comment <article>, loses, and so
 *  does every teaser card marked as an <article> in a rail of other stories. */
function largestOf(elements: NodeListOf<Element>, textLength: TextLength): { element: Element; length: number } | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const element of elements) {
    if (isInFurniture(element)) continue;
    const length = textLength(element);
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best ? { element: best, length: bestLength } : null;
}

/** Characters below which a marked <article> is a teaser card, not the page's article. */
const MIN_ARTICLE = 250;

/** `textLength` measures candidates from the text model: building their textContent would copy a 1 MB
 *  article once more just to read its length. */
export function extractArticle(doc: Document, textLength: TextLength): ArticleParts | null {
  const body = doc.body;
  if (!body) return null;
  const linked = linkedArticle(doc);
  const ogArticle = meta(doc, 'og:type') === 'article';
  const marked = largestOf(body.querySelectorAll('article, [itemprop="articleBody"]'), textLength);
  const main = body.querySelector('main, [role="main"]');
  let root: Element = body;
  let via: ArticleParts['via'] = 'body';
  // A marked article that holds almost no text is a teaser, whatever the page's metadata says.
  if (marked && marked.length >= MIN_ARTICLE && (linked || ogArticle || marked.length > 400)) {
    [root, via] = [marked.element, linked ? 'json-ld' : 'article'];
  } else if (main) [root, via] = [main, 'main'];
  else {
    const dense = densestBlock(body);
    if (dense) [root, via] = [dense, 'density'];
  }
  // The article's own h1, else og:title, and only then an h1 elsewhere on the page (often the site's logo).
  const rootHeading = root.querySelector('h1');
  const headlineElement = rootHeading ?? body.querySelector('h1');
  const site = linked?.publisher?.name ?? meta(doc, 'og:site_name');
  const ogTitle = meta(doc, 'og:title');
  const headline = (
    linked?.headline ??
    rootHeading?.textContent ??
    (ogTitle ? titleWithoutSite(ogTitle, site) : null) ??
    headlineElement?.textContent ??
    ''
  ).trim();
  const ledeElement = firstLongParagraph(root, headline);
  const time = root.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    root,
    headline: headline.slice(0, 500),
    headlineElement,
    ledeElement,
    published: normaliseDate(linked?.datePublished ?? meta(doc, 'article:published_time') ?? time),
    outlet: (linked?.publisher?.name ?? meta(doc, 'og:site_name') ?? null)?.slice(0, 200) ?? null,
    via,
  };
}

/** The lede: the first paragraph long enough to be prose, not a caption or a byline, nor the headline
 *  said again (a teaser block or a share box repeats it in a paragraph of its own). */
function firstLongParagraph(root: Element, headline: string): Element | null {
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < 50; i++) {
    const text = paragraphs[i].textContent?.trim() ?? '';
    if (isLongEnoughForLede(text) && text !== headline) return paragraphs[i];
  }
  return null;
}

/** Chinese, Japanese and Korean characters: each says about as much as two Latin letters. */
const WIDE_CHARACTERS = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Whether a paragraph is a sentence or more, not a dateline or a byline: 60 Latin letters, or 30 Chinese
 *  characters (a Japanese lede of 42 characters, which names the story's country, was passed over). */
function isLongEnoughForLede(text: string): boolean {
  if (text.length >= 60) return true;
  return text.length >= 30 && text.length + (text.match(WIDE_CHARACTERS)?.length ?? 0) >= 60;
}

function normaliseDate(value: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '');
  return match ? match[1] : null;
}

/** The document's title without the site's name ("Headline - Site", "Site | Headline"): a Kazakh outlet's
 *  own name would otherwise put Kazakhstan in the title of every page it publishes. */
export function titleWithoutSite(title: string, site: string | null): string {
  const parts = title.slice(0, 500).split(/\s+[-|–—:·•]\s+/);
  if (parts.length < 2) return title.slice(0, 500);
  const isSite = (part: string) => site !== null && part.trim().toLowerCase() === site.trim().toLowerCase();
  // The site's name stands last, or first where the site says so; a short last part is a site's name too
  // ("Kazakhstan – a new capital" keeps its first part).
  const last = parts[parts.length - 1];
  const kept = parts.filter(
    (part, i) => !(isSite(part) || (i === parts.length - 1 && part === last && last.length < 25)),
  );
  return (kept.length > 0 ? kept : parts).join(' - ');
}
