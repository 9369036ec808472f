// What a digest page is, as the content script reads it and the worker checks it: a title that names one of
// the digest layouts, and the page's blocks. Small on purpose: the content script imports it on every page.

/** One block of the article as the page shows it: a heading (h2-h4, a bold-only line) or a paragraph. */
export interface PageBlock {
  kind: 'heading' | 'text';
  text: string;
}

export interface DigestPage {
  url: string;
  title: string;
  /** The page's own date (time[datetime], article:published_time), ISO, where it states one. */
  published: string | null;
  siteName: string | null;
  lang: string;
  blocks: PageBlock[];
}

export type DigestLayout = 'astana-times' | 'kazinform' | 'russian' | 'kazakh';

// The titles the publishers give their digests (studied on their public pages; the fixtures are ours).
const LAYOUTS: [DigestLayout, RegExp][] = [
  ['astana-times', /\bforeign media digest\b|\bnews digest:? foreign media on\b/i],
  ['kazinform', /\bforeign media on kazakhstan\b|\breview of foreign media about kazakhstan\b/i],
  ['russian', /зарубежные сми о казахстане|мир о казахстане|что пишут (?:иностранные|зарубежные) сми/i],
  ['kazakh', /әлемдік бақ-тағы қазақстан|шетелдік бақ/i],
];

/** The layout a page's title names, or null for a page that is no digest. */
export function recogniseDigest(title: string): DigestLayout | null {
  return LAYOUTS.find(([, pattern]) => pattern.test(title))?.[0] ?? null;
}

/** Bounds on what a page can make the content script send: a digest has tens of blocks, never thousands. */
export const MAX_PAGE_BLOCKS = 1500;
export const MAX_BLOCK_CHARS = 4000;

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** A digest page as a content script sent it, checked before the worker keeps it: the page's own scripts run
 *  beside the content script. Anything out of shape or size is dropped, not repaired. */
export function checkDigestPage(value: unknown): DigestPage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const page = value as Record<string, unknown>;
  const blocks = page.blocks;
  if (
    !isText(page.url, 4000) ||
    !isText(page.title, 500) ||
    !isText(page.lang, 20) ||
    !(page.published === null || isText(page.published, 40)) ||
    !(page.siteName === null || isText(page.siteName, 200)) ||
    !Array.isArray(blocks) ||
    blocks.length > MAX_PAGE_BLOCKS ||
    !blocks.every(
      (block) =>
        typeof block === 'object' &&
        block !== null &&
        (block.kind === 'heading' || block.kind === 'text') &&
        isText(block.text, MAX_BLOCK_CHARS),
    )
  )
    return undefined;
  return {
    url: page.url,
    title: page.title,
    lang: page.lang,
    published: page.published as string | null,
    siteName: page.siteName as string | null,
    blocks: blocks.map((block: PageBlock) => ({ kind: block.kind, text: block.text })),
  };
}
