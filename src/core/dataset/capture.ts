// Reads a recognised digest page's items from its structure (headings and the paragraphs under them), as the
// content script hands it over, into a digest draft for the popup's preview. Pure: the DOM walk is the page's.
import { type DigestPage, recogniseDigest } from './digest-page';
import { shortHash } from './hash';
import { publisherSlug } from './importer';
import { findDigestDate } from './importer-blocks';
import { findAuthor, findOutlet } from './importer-meta';
import type { Digest, DigestItem } from './schema';
import { straightenQuotes } from './text';
import { suggestTopics } from './topic-keywords';

/** More items than any digest has: a page past this is a listing, not one digest, and is cut here. */
export const MAX_CAPTURED_ITEMS = 100;

const PUBLISHER_BY_HOST: [RegExp, string][] = [
  [/(?:^|\.)astanatimes\.com$/, 'The Astana Times'],
  [/(?:^|\.)(?:inform\.kz|qazinform\.com|kazinform\.kz)$/, 'Kazinform'],
  [/(?:^|\.)kt\.kz$/, 'Kazakhstan Today'],
  [/(?:^|\.)azattyq\.org$/, 'Azattyq'],
  [/(?:^|\.)baq\.kz$/, 'BAQ.kz'],
  [/(?:^|\.)tengrinews\.kz$/, 'Tengrinews'],
];

export type CaptureResult =
  | { ok: true; digest: Digest; notes: string[] }
  | { ok: false; reason: 'not-a-digest' | 'no-items'; error: string };

export interface CaptureOptions {
  /** Outlet names to recognise (the knowledge base's media): "Reuters:" before a headline, «Reuters» in text. */
  outlets?: string[];
}

/** Reads the digest on a recognised page. Items are a heading and the paragraphs under it; the outlet comes
 *  from "Outlet: Headline" headings (Kazinform), the digest's sentences (The Astana Times), or a named or
 *  quoted outlet in the first paragraph (Russian and Kazakh reviews). What is missing is said in `notes`,
 *  for the reader to correct in the preview. */
export function captureDigest(page: DigestPage, options: CaptureOptions = {}): CaptureResult {
  const layout = recogniseDigest(page.title);
  if (!layout) return { ok: false, reason: 'not-a-digest', error: 'This page is not a foreign media digest.' };
  const blocks = page.blocks
    .map((block) => ({ kind: block.kind, text: straightenQuotes(block.text.replace(/\s+/g, ' ').trim()) }))
    .filter((block) => block.text !== '');
  const groups = itemGroups(blocks);
  if (groups.length === 0) {
    return {
      ok: false,
      reason: 'no-items',
      error:
        'This page is titled like a digest, but no items could be read from it: each item needs a heading followed by its paragraphs.',
    };
  }
  const notes: string[] = [];
  if (groups.length > MAX_CAPTURED_ITEMS) {
    notes.push(`The page has ${groups.length} items; the first ${MAX_CAPTURED_ITEMS} are kept.`);
  }
  const stated = page.published && /^\d{4}-\d{2}-\d{2}$/.test(page.published) ? page.published : null;
  const date = stated ?? findDigestDate(blocks.slice(0, 3).map((block) => block.text));
  const known = options.outlets ?? [];
  const items = groups.slice(0, MAX_CAPTURED_ITEMS).map(({ heading, paragraphs }, index): DigestItem => {
    const read = readItem(heading, paragraphs, date, known);
    if (!read.outlet) notes.push(`Item ${index + 1} ("${read.headline ?? heading}"): no outlet found.`);
    const body = [heading, ...paragraphs].join('\n');
    return {
      headline: read.headline,
      outlet: read.outlet ?? '',
      published: read.published,
      author: findAuthor(paragraphs, read.outlet),
      summary: paragraphs.join('\n\n'),
      entities: [],
      topics: suggestTopics(body),
      url: null,
    };
  });
  const publisher = publisherOf(page);
  const suffix = date ?? shortHash(page.url || items.map((item) => item.headline).join('\n')).slice(0, 8);
  const language = (page.lang || '').slice(0, 2).toLowerCase();
  const digest: Digest = {
    id: `${publisherSlug(publisher)}-${suffix}`,
    publisher,
    date,
    month: date ? date.slice(0, 7) : null,
    url: /^https?:\/\//.test(page.url) ? page.url : null,
    title: page.title.trim() || null,
    ...(/^[a-z]{2}$/.test(language) && language !== 'en' ? { language } : {}),
    items,
  };
  return { ok: true, digest, notes };
}

/** A heading opens an item; the paragraphs up to the next heading are its text. A heading with no
 *  paragraph under it (a section title, a photo caption) is no item. */
function itemGroups(blocks: DigestPage['blocks']): { heading: string; paragraphs: string[] }[] {
  const groups: { heading: string; paragraphs: string[] }[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') groups.push({ heading: block.text, paragraphs: [] });
    else groups[groups.length - 1]?.paragraphs.push(block.text);
  }
  return groups.filter((group) => group.paragraphs.length > 0);
}

const QUOTED_NAME = /[«"„]([^»"“]{2,60})[»"“]/u;

function readItem(heading: string, paragraphs: string[], date: string | null, known: string[]) {
  // "Reuters: Kazakhstan proposes ..." (Kazinform writes the outlet before its headline).
  const colon = /^([^:]{2,60}):\s*(.+)$/u.exec(heading);
  if (colon && (isKnown(colon[1], known) || colon[1].split(' ').length <= 5)) {
    const found = findOutlet(paragraphs, date, known);
    return { headline: colon[2], outlet: colon[1].trim(), published: found.published };
  }
  // A heading that only names the outlet (Russian reviews): the item has no headline of its own.
  if (isKnown(heading, known)) {
    return { headline: null, outlet: knownName(heading, known), published: null };
  }
  const found = findOutlet(paragraphs, date, known);
  if (found.outlet) return { headline: heading, outlet: found.outlet, published: found.published };
  const first = paragraphs[0] ?? '';
  const named = known.find((name) => first.includes(name));
  const quoted = QUOTED_NAME.exec(first)?.[1];
  return { headline: heading, outlet: named ?? quoted ?? null, published: null };
}

const fold = (text: string) => text.trim().toLowerCase();
const isKnown = (name: string, known: string[]) => known.some((candidate) => fold(candidate) === fold(name));
const knownName = (name: string, known: string[]) => known.find((candidate) => fold(candidate) === fold(name)) ?? name;

function publisherOf(page: DigestPage): string {
  let host = '';
  try {
    host = new URL(page.url).hostname.replace(/^www\./, '');
  } catch {
    // An address the page reports badly: the site's own name, or the layout's publisher, will do.
  }
  return (
    PUBLISHER_BY_HOST.find(([pattern]) => pattern.test(host))?.[1] ??
    page.siteName?.trim() ??
    (host || 'Unknown publisher')
  );
}
