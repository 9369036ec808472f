// What only the page can tell: where the article, its headline and lede lie in the text model. The names are
// found and the page judged in the worker (src/core/engine/reading.ts), where the engine stays warm.
import type { ReadingRequest, Span } from '../src/core/engine/reading';
import { type ArticleParts, extractArticle } from './extract';
import { spanOf, type TextModel } from './text-model';

export interface PageReading {
  request: ReadingRequest;
  article: ArticleParts | null;
  lede: string;
  excerpt: string;
}

export function readingOf(model: TextModel): PageReading {
  const article = extractArticle(document, (element) => {
    const span = spanOf(model, element);
    return span ? span[1] - span[0] : 0;
  });
  const articleSpan: Span = spanOf(model, article?.root ?? null) ?? [0, model.text.length];
  const ledeSpan = spanOf(model, article?.ledeElement ?? null);
  const request: ReadingRequest = {
    text: model.text,
    title: `${document.title.slice(0, 500)}\n${article?.headline ?? ''}`,
    url: location.href,
    article: articleSpan,
    headline: spanOf(model, article?.headlineElement ?? null),
    lede: ledeSpan,
  };
  return {
    request,
    article,
    lede: ledeSpan ? model.text.slice(ledeSpan[0], ledeSpan[1]).slice(0, 1000) : '',
    excerpt: model.text.slice(articleSpan[0], Math.min(articleSpan[1], articleSpan[0] + 4000)),
  };
}
