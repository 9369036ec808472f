// A page's reading as the worker does it for each tab: find every name in the text the content script sent,
// then judge the page from where the names stand (title, headline, lede, body).
import type { Matcher, Mention } from './matcher';
import { type Analysis, judge, type SectionMentions } from './verdict';
import { wordsForDensity } from './words';

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
}

export interface MoreReading {
  /** The names in each added text, by offsets into it. */
  found: Mention[][];
  analysis: Analysis;
}

const inside = (span: Span | null, mention: Mention) =>
  span !== null && mention.start >= span[0] && mention.end <= span[1];

export function readText(matcher: Matcher, request: ReadingRequest): Reading {
  const { text, headline, lede } = request;
  const article = request.article ?? [0, text.length];
  const mentions = matcher.find(text);
  const sections: SectionMentions = {
    title: matcher.find(request.title),
    lede: mentions.filter((m) => inside(lede, m)),
    body: mentions.filter((m) => inside(article, m) && !inside(headline, m) && !inside(lede, m)),
  };
  const analysis = judge(matcher.kb, sections, {
    url: request.url,
    words: wordsForDensity(text.slice(article[0], article[1])),
    knownOutlet: request.knownOutlet,
    bodySpan: article,
  });
  return { mentions, sections, analysis };
}

/** Rough words in an added text: counting them exactly is not worth the time for a live blog's update. */
const CHARS_PER_WORD = 6.5;

export function readMore(matcher: Matcher, request: MoreRequest): MoreReading {
  const found = request.texts.map((text) => matcher.find(text));
  let words = request.words;
  for (const text of request.texts) words += Math.round(text.length / CHARS_PER_WORD);
  const body = [...request.sections.body, ...found.flat()];
  const analysis = judge(matcher.kb, { ...request.sections, body }, { url: request.url, words });
  return { found, analysis };
}
