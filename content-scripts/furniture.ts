// What surrounds an article on a real page, found so that it does not count as the article: menus, rails of
// other stories, "read also" teasers, reader comments, tickers, cookie banners. And where the article lays
// names out in lists and tables, which the verdict weighs apart from names in sentences.
import type { Span } from '../src/core/engine/reading';
import { spanOf, type TextModel } from './text-model';

/** Elements that are furniture by what they are. */
const FURNITURE_ELEMENTS = [
  'nav',
  'aside',
  'footer',
  'form',
  'dialog',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="banner"]',
  '[role="dialog"]',
  '[aria-hidden="true"]',
].join(',');

/** Names sites give furniture in their class and id attributes. */
const FURNITURE_NAMES = new RegExp(
  [
    'related',
    'read-more',
    'readmore',
    'read-also',
    'also-read',
    'see-also',
    'teaser',
    'promo',
    'recommend',
    'newsletter',
    'comment',
    'share',
    'social',
    'breadcrumb',
    'ticker',
    'cookie',
    'consent',
    'sidebar',
    'most-read',
    'mostread',
    'popular',
    'trending',
    'subscribe',
    'advert',
    'more-news',
    'suggest',
    'more-stories',
    'other-news',
    'widget',
  ].join('|'),
  'i',
);

/** Whether an element is furniture by what it is, or by the names the site gives it. One pattern over the
 *  two attributes, rather than a selector of sixty substring tests that the browser runs on every element:
 *  on the 1 MB article that selector took 4-10 ms, the pattern under 1. */
export function isFurniture(element: Element): boolean {
  const named = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return FURNITURE_NAMES.test(named) || element.matches(FURNITURE_ELEMENTS);
}

/** Whether an element lies inside furniture. */
export function isInFurniture(element: Element): boolean {
  for (let above = element.parentElement; above; above = above.parentElement) if (isFurniture(above)) return true;
  return false;
}

/** The furniture inside root: only elements with a class or an id can be named so. */
function* furnitureIn(root: Element): Generator<Element> {
  for (const element of root.querySelectorAll(`${FURNITURE_ELEMENTS},[class],[id]`))
    if (isFurniture(element)) yield element;
}

/** Headings that sites put over comments, related stories, "read also" and "most read" blocks, in the
 *  languages the extension reads. The block such a heading opens is furniture, whatever its class names
 *  (ms-pikir, es-suggestions). */
const FURNITURE_HEADING = new RegExp(
  '^(' +
    [
      'comments?',
      'reader comments',
      'related( stories| articles| news| content)?',
      'read (also|more)',
      'more (news|stories)',
      'most (read|popular|viewed)',
      'popular',
      'trending',
      'you may also like',
      'recommended',
      'tags',
      'комментари[ийя]',
      'читайте (также|ещё)',
      'похожие( новости| материалы)?',
      'популярное',
      'самое читаемое',
      'ещё новости',
      'другие новости',
      'пікірлер',
      'пікір',
      'ұқсас материалдар',
      'тағы оқыңыз',
      'көп оқылған',
      'коментар[іі]',
      'читайте також',
      'популярне',
      'kommentare',
      'lesen sie auch',
      'mehr zum thema',
      'meistgelesen',
      'commentaires',
      'à lire aussi',
      'lire aussi',
      'sur le même sujet',
      'les plus lus',
      'comentarios',
      'lea también',
      'te puede interesar',
      'lo más leído',
      'commenti',
      'leggi anche',
      'i più letti',
      'comentários',
      'leia também',
      'mais lidas',
      'yorumlar',
      'ilgili haberler',
      'en çok okunanlar',
      'komentarze',
      'czytaj (także|też)',
      'najczęściej czytane',
      '评论',
      '相关新闻',
      '相关阅读',
      '热门',
      'コメント',
      '関連記事',
      '人気記事',
      '댓글',
      '관련 기사',
      '많이 본 뉴스',
      'تعليقات',
      'التعليقات',
      'اقرأ أيضا',
      'الأكثر قراءة',
      'نظرات',
      'مطالب مرتبط',
      'پربازدیدترین',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);
const HEADINGS = 'h2, h3, h4, h5, [role="heading"], b, strong';

/** Blocks whose text is mostly a link: a "read also" line, a list of headlines. */
const LINK_BLOCKS = 'p, li, ul, ol, div, section, h2, h3, h4, dd';
/** Characters of text above which a page is huge (a live blog, a book). */
const HUGE_PAGE = 1_000_000;
/** A page that has more candidates than this is read for its first ones only: the cost stays bounded. */
const MAX_ELEMENTS = 400;
/** A block at least this much link text (of all its text) is a list of links, not prose. */
const LINK_SHARE = 0.6;

export interface PageLayout {
  /** Stretches of text that are furniture: nothing there counts toward the verdict. */
  furniture: Span[];
  /** Lists and tables inside the article. */
  listed: Span[];
}

export function layoutOf(model: TextModel, root: Element): PageLayout {
  // A huge page (a live blog, a book) is read as it is: matching fifty class patterns against every
  // element of 5 MB, or reading its headings, links and lists, takes longer than a slice may.
  if (model.text.length > HUGE_PAGE) return { furniture: [], listed: [] };
  const article = spanOf(model, root);
  const articleLength = article ? article[1] - article[0] : 0;
  const spans = (elements: Iterable<Element>, isFurniture: boolean) => {
    const found: Span[] = [];
    let count = 0;
    for (const element of elements) {
      if (++count > MAX_ELEMENTS) break;
      // What holds the article is not furniture, whatever its class (a "content-with-sidebar" wrapper), nor
      // is most of the article, nor an opinion piece's "commentary" block.
      if (isFurniture && (element.contains(root) || COMMENTARY.test(`${element.className} ${element.id}`))) continue;
      const span = spanOf(model, element);
      if (!span) continue;
      if (isFurniture && root.contains(element) && span[1] - span[0] > articleLength / 2) continue;
      found.push(span);
    }
    return outermost(found);
  };
  // Only furniture inside the article matters: names outside it never count.
  const furniture = spans([...furnitureIn(root), ...underFurnitureHeadings(root), ...linkBlocks(root, model)], true);
  return {
    furniture: article ? withinReason(furniture, article) : furniture,
    listed: spans(root.querySelectorAll('table, ul, ol, dl'), false),
  };
}

/** A class or id that names the article's own text, though it contains a furniture word. */
const COMMENTARY = /commentary|kommentar\b/i;

/** Furniture, but if what lies inside the article would take half of it or more, the article's own
 *  markup is misread (a site that calls its lede a teaser and its body a widget): then only what lies
 *  outside the article is furniture. */
function withinReason(furniture: Span[], article: Span): Span[] {
  const inside = furniture.filter(([start, end]) => start >= article[0] && end <= article[1]);
  const covered = inside.reduce((sum, [start, end]) => sum + end - start, 0);
  if (covered * 2 < article[1] - article[0]) return furniture;
  return furniture.filter((span) => !inside.includes(span));
}

/** The blocks that a furniture heading ("Comments", "Читайте также", "Пікірлер") opens. */
function* underFurnitureHeadings(root: Element): Generator<Element> {
  let count = 0;
  for (const heading of root.querySelectorAll(HEADINGS)) {
    if (++count > MAX_ELEMENTS) return;
    // A bold word inside a sentence is no heading: only one that opens its block.
    if (
      (heading.localName === 'b' || heading.localName === 'strong') &&
      heading.parentElement?.firstElementChild !== heading
    )
      continue;
    const text = heading.textContent?.trim() ?? '';
    if (text.length > 40 || !FURNITURE_HEADING.test(text)) continue;
    if (heading.parentElement) yield heading.parentElement;
  }
}

/** Blocks inside the article that are mostly links (and not long): teasers and link lists. */
function* linkBlocks(root: Element, model: TextModel): Generator<Element> {
  let count = 0;
  let last: Element | null = null;
  for (const link of root.getElementsByTagName('a')) {
    if (++count > MAX_ELEMENTS) return;
    const block = link.parentElement?.closest(LINK_BLOCKS);
    if (!block || block === last || block === root || !root.contains(block)) continue;
    last = block;
    // Measured in the text model first: a block of the whole article must not be copied to be measured.
    const span = spanOf(model, block);
    if (!span || span[1] - span[0] > 600) continue;
    const text = block.textContent?.length ?? 0;
    if (text === 0) continue;
    let linked = 0;
    for (const inner of block.getElementsByTagName('a')) linked += inner.textContent?.length ?? 0;
    if (linked >= LINK_SHARE * text) yield block;
  }
}

/** The spans not inside another, in order. */
function outermost(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span[0] < last[1]) {
      if (span[1] > last[1]) last[1] = span[1];
    } else out.push([span[0], span[1]]);
  }
  return out;
}
