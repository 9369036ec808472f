// What only the page can tell: where the article, its headline and lede lie in the text model. The names are
// found and the page judged in the worker (src/core/engine/reading.ts), where the engine stays warm.
import type { ReadingRequest, Span } from '../src/core/engine/reading';
import { type ArticleParts, extractArticle, titleWithoutSite } from './extract';
import { layoutOf } from './furniture';
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
  const { furniture, listed } = layoutOf(model, article?.root ?? document.body ?? document.documentElement);
  const request: ReadingRequest = {
    text: model.text,
    title: article?.headline || titleWithoutSite(document.title, article?.outlet ?? null),
    url: location.href,
    article: articleSpan,
    headline: spanOf(model, article?.headlineElement ?? null),
    lede: ledeSpan,
    furniture,
    listed,
    lang: pageLanguage(),
  };
  return {
    request,
    article,
    lede: ledeSpan ? model.text.slice(ledeSpan[0], ledeSpan[1]).slice(0, 1000) : '',
    excerpt: model.text.slice(articleSpan[0], Math.min(articleSpan[1], articleSpan[0] + 4000)),
  };
}

/** The page's language as it declares it (html lang, og:locale), lower case, without region: "de", "zh". */
function pageLanguage(): string {
  const declared =
    document.documentElement.getAttribute('lang') ||
    document.querySelector('meta[property="og:locale"]')?.getAttribute('content') ||
    '';
  return declared.trim().toLowerCase().split(/[-_]/)[0].slice(0, 8);
}
