// Reads a foreign media digest's structure from the live page (headings and the paragraphs under them), only
// when its title names one of the digest layouts: the popup offers to add it to the reader's digests.
// Test pages: tests/fixtures/pages/digest-*.html.
import {
  type DigestPage,
  MAX_BLOCK_CHARS,
  MAX_PAGE_BLOCKS,
  type PageBlock,
  recogniseDigest,
} from '../src/core/dataset/digest-page';
import type { ArticleParts } from './extract';

const BLOCKS = 'h2, h3, h4, h5, p, li, blockquote';

/** A paragraph whose text is all bold is a heading in many digests (<p><strong>Reuters: ...</strong></p>). */
function boldOnly(element: Element, text: string): boolean {
  const bold = element.querySelector(':scope > strong, :scope > b');
  return bold !== null && (bold.textContent ?? '').trim() === text && text.length <= 200;
}

export function readDigestPage(article: ArticleParts | null, doc: Document = document): DigestPage | null {
  const title = article?.headline || doc.title;
  if (!recogniseDigest(title) && !recogniseDigest(doc.title)) return null;
  const root = article?.root ?? doc.body;
  if (!root) return null;
  const blocks: PageBlock[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    // A list item or quote inside a block already read is part of that block.
    if (element.parentElement?.closest(BLOCKS) && !/^H\d$/.test(element.tagName)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_BLOCK_CHARS);
    if (text === '') continue;
    const heading = /^H\d$/.test(element.tagName) || boldOnly(element, text);
    blocks.push({ kind: heading ? 'heading' : 'text', text });
    if (blocks.length >= MAX_PAGE_BLOCKS) break;
  }
  const siteName =
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? article?.outlet ?? null;
  return {
    url: location.href,
    title: title.slice(0, 500),
    published: article?.published?.slice(0, 10) ?? null,
    siteName: siteName?.slice(0, 200) ?? null,
    lang: (doc.documentElement.lang || '').slice(0, 20),
    blocks,
  };
}
