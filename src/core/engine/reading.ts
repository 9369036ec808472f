// A page's reading as the worker does it for each tab: find every name in the text the content script sent,
// then judge the page from where the names stand (title, headline, lede, body).
import { markForeignRuns } from './foreign-runs';
import type { Matcher, Mention } from './matcher';
import { type Analysis, judge, type SectionMentions } from './verdict';
import { wordsForDensity } from './words';

/** Languages whose press writes Kazakhstan's adjectives in lower case (kasachisch, kazakh, kazajo,
 *  kazachski, kazahstanski, kazakstanske, gazak): their pages, and pages that declare no language, get the matcher's
 *  lower-case pass. An English, Russian or Chinese page does not pay for it. */
const LOWER_CASE_PRESS = new Set([
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'pl',
  'tr',
  'nl',
  'ca',
  'cs',
  'sk',
  'ro',
  'hu',
  'sr',
  'hr',
  'bs',
  'sl',
  'sv',
  'no',
  'nb',
  'nn',
  'da',
  'uz',
  'tk',
]);
export const readsLowerCase = (lang: string | undefined) => !lang || LOWER_CASE_PRESS.has(lang);

/** A stretch of the page's text, as offsets into it. */
export type Span = [start: number, end: number];

/** What a content script learned from the page's DOM, with the text it read. */
export interface ReadingRequest {
  text: string;
  /** The document's title and the article's headline, one per line: a name there weighs the most. */
  title: string;
  url: string;
  /** Where the article, its headline and its lede lie in `text`; no article means the whole text. */
  article: Span | null;
  headline: Span | null;
  lede: Span | null;
  /** The page's outlet is one the digests review (a weak prior; the eval knows it, pages do not say). */
  knownOutlet?: boolean;
  /** Menus, rails, teasers, comments (see content-scripts/furniture.ts): not the article, whatever holds
   *  them. Names there are found and may be shown, but the verdict does not count them. */
  furniture?: Span[];
  /** Lists and tables in the article: names there weigh less than names in sentences. */
  listed?: Span[];
  /** The language the page declares (html lang), lower case, without region: it decides whether the
   *  lower-case forms are looked for (readsLowerCase); the verdict does not use it. */
  lang?: string;
}

export interface Reading {
  /** Every name in `text` (all strengths), in order. */
  mentions: Mention[];
  /** The mentions the verdict was judged on: sent back with text the page adds later. */
  sections: SectionMentions;
  analysis: Analysis;
}

/** Text the page added after its first reading (infinite scroll, live blogs): it counts as body. */
export interface MoreRequest {
  texts: string[];
  /** The sections so far, with the body holding every mention added before. */
  sections: SectionMentions;
  words: number;
  url: string;
  /** The page's declared language, as in ReadingRequest. */
  lang?: string;
}

export interface MoreReading {
  /** The names in each added text, by offsets into it. */
  found: Mention[][];
  analysis: Analysis;
}

const inside = (span: Span | null, mention: Mention) =>
  span !== null && mention.start >= span[0] && mention.end <= span[1];

/** Whether a mention lies in one of `spans` (sorted, not overlapping): a binary search. */
function insideAny(spans: Span[] | undefined, mention: Mention): boolean {
  if (!spans || spans.length === 0) return false;
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (spans[middle][0] <= mention.start) low = middle;
    else high = middle - 1;
  }
  return inside(spans[low], mention);
}

export function readText(matcher: Matcher, request: ReadingRequest): Reading {
  const { text, headline, lede, furniture } = request;
  const article = request.article ?? [0, text.length];
  const lowerCase = readsLowerCase(request.lang);
  const mentions = matcher.find(text, 0, text.length, lowerCase);
  const sections: SectionMentions = {
    title: matcher.findInTitle(request.title, titleContext(text, article, lede), lowerCase),
    lede: mentions.filter((m) => inside(lede, m) && !insideAny(furniture, m)),
    body: mentions.filter(
      (m) => inside(article, m) && !inside(headline, m) && !inside(lede, m) && !insideAny(furniture, m),
    ),
  };
  for (const mention of sections.body) if (insideAny(request.listed, mention)) mention.listed = true;
  markForeignRuns(matcher.kb, text, mentions);
  const analysis = judge(matcher.kb, sections, {
    url: request.url,
    words: wordsForDensity(articleText(text, article, furniture)),
    knownOutlet: request.knownOutlet,
    bodySpan: article,
  });
  return { mentions, sections, analysis };
}

/** How much of the lede and the article's start a title's names are judged beside: a context rule's
 *  words (Turpan beside "the dead of Astana") stand in the story, not in its headline. */
const TITLE_CONTEXT = 2000;

function titleContext(text: string, article: Span, lede: Span | null): string {
  const start = text.slice(article[0], article[0] + TITLE_CONTEXT);
  return lede ? `${text.slice(lede[0], Math.min(lede[1], lede[0] + TITLE_CONTEXT))}\n${start}` : start;
}

/** The article's text without the furniture inside it: what its words are counted in. */
function articleText(text: string, article: Span, furniture: Span[] | undefined): string {
  const inArticle = (furniture ?? []).filter(([start, end]) => start >= article[0] && end <= article[1]);
  if (inArticle.length === 0) return text.slice(article[0], article[1]);
  const parts: string[] = [];
  let at = article[0];
  for (const [start, end] of inArticle) {
    if (start > at) parts.push(text.slice(at, start));
    at = Math.max(at, end);
  }
  parts.push(text.slice(at, article[1]));
  return parts.join('\n');
}

/** Rough words in an added text: counting them exactly is not worth the time for a live blog's update. */
export const CHARS_PER_WORD = 6.5;

export function readMore(matcher: Matcher, request: MoreRequest): MoreReading {
  const lowerCase = readsLowerCase(request.lang);
  const found = request.texts.map((text) => matcher.find(text, 0, text.length, lowerCase));
  for (const [index, text] of request.texts.entries()) markForeignRuns(matcher.kb, text, found[index]);
  let words = request.words;
  for (const text of request.texts) words += Math.round(text.length / CHARS_PER_WORD);
  const body = [...request.sections.body, ...found.flat()];
  const analysis = judge(matcher.kb, { ...request.sections, body }, { url: request.url, words });
  return { found, analysis };
}
