// Reads the page, finds the names, and judges it: the article's sections weigh in the verdict.
import {
  type Analysis,
  judge,
  type Matcher,
  type Mention,
  type SectionMentions,
  wordsForDensity,
} from '../src/core/engine';
import { type ArticleParts, extractArticle } from './extract';
import { findSliced } from './find-sliced';
import { timed } from './slices';
import { spanOf, type TextModel } from './text-model';

export interface PageAnalysis {
  analysis: Analysis;
  article: ArticleParts | null;
  /** Every mention in the page's text model (all strengths), in order. */
  mentions: Mention[];
  /** The mentions the verdict was judged on, kept so added text can be judged with them. */
  sections: SectionMentions;
  /** Mentions in text the page added later. */
  added: Mention[];
  lede: string;
  excerpt: string;
}

const inside = (span: [number, number] | null, mention: Mention) =>
  span !== null && mention.start >= span[0] && mention.end <= span[1];

export async function analyseModel(
  matcher: Matcher,
  model: TextModel,
  signal: AbortSignal,
): Promise<PageAnalysis | null> {
  const mentions = await findSliced(matcher, model.text, signal);
  if (!mentions) return null;
  return timed(() => judgeSections(matcher, model, mentions));
}

function judgeSections(matcher: Matcher, model: TextModel, mentions: Mention[]): PageAnalysis {
  const article = extractArticle(document, (element) => {
    const span = spanOf(model, element);
    return span ? span[1] - span[0] : 0;
  });
  const articleSpan = spanOf(model, article?.root ?? null) ?? [0, model.text.length];
  const headlineSpan = spanOf(model, article?.headlineElement ?? null);
  const ledeSpan = spanOf(model, article?.ledeElement ?? null);
  const body = mentions.filter((m) => inside(articleSpan, m) && !inside(headlineSpan, m) && !inside(ledeSpan, m));
  const lede = ledeSpan ? model.text.slice(ledeSpan[0], ledeSpan[1]) : '';
  const title = matcher.find(`${document.title.slice(0, 500)}\n${article?.headline ?? ''}`);
  const articleText = model.text.slice(articleSpan[0], articleSpan[1]);
  const sections = { title, lede: mentions.filter((m) => inside(ledeSpan, m)), body };
  const analysis = judge(matcher.kb, sections, {
    url: location.href,
    words: wordsForDensity(articleText),
    bodySpan: articleSpan,
  });
  return {
    analysis,
    article,
    mentions,
    sections,
    added: [],
    lede: lede.slice(0, 1000),
    excerpt: articleText.slice(0, 4000),
  };
}
