// The whole engine for one page given as plain text sections (Node, eval, importer, popup).

import type { Matcher } from './matcher';
import { type Analysis, judge } from './verdict';
import { wordsForDensity } from './words';

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
  const title = [page.title, page.headline ?? ''].join('\n');
  return judge(
    matcher.kb,
    { title: matcher.find(title), lede: matcher.find(page.lede ?? ''), body: matcher.find(page.body) },
    {
      url: page.url,
      words: wordsForDensity(page.lede ? `${page.lede} ${page.body}` : page.body),
      knownOutlet: page.knownOutlet,
      bodySpan: [0, page.body.length],
    },
  );
}
