// The whole engine for one page given as plain text sections (Node, eval, importer, popup): the same reading
// the worker does for a page, with the lede put before the body.

import type { Matcher } from './matcher';
import { readText } from './reading';
import type { Analysis } from './verdict';

export interface PageText {
  url: string;
  lang?: string;
  title: string;
  headline?: string;
  lede?: string;
  body: string;
  knownOutlet?: boolean;
}

export function analysePage(matcher: Matcher, page: PageText): Analysis {
  const lede = page.lede ?? '';
  const text = lede ? `${lede}\n${page.body}` : page.body;
  return readText(matcher, {
    text,
    title: [page.title, page.headline ?? ''].join('\n'),
    url: page.url,
    article: [0, text.length],
    headline: null,
    lede: lede ? [0, lede.length] : null,
    knownOutlet: page.knownOutlet,
    lang: page.lang,
  }).analysis;
}
