// The page being read, as the ranking sees it, and what is computed from it once per ranking.
import { suggestTopics } from '../dataset/topic-keywords';
import { articleHeadlineKey, outletKey, urlKey } from './article-keys';
import { type Day, toDay } from './dates';
import type { RankingModel } from './model';
import { documentTerms, type SparseVector, vectorOf } from './vectors';

export interface PageInput {
  url: string;
  /** The article's headline, else the document title. */
  headline: string;
  /** Lede and the start of the article's text. */
  text: string;
  published: string | null;
  outlet: string | null;
  /** Every entity the engine found, with counts: the verdict's findings and the ranking-only names. */
  entities: readonly { id: string; count: number }[];
}

export interface PageProfile {
  vector: SparseVector;
  day: Day | null;
  /** Entity id → its specificity, less for a name the page mentions only in passing. */
  entityWeights: Map<string, number>;
  topics: string[];
  urlKey: string | null;
  outletKey: string | null;
  headlineKey: string | null;
}

export function profilePage(model: RankingModel, page: PageInput): PageProfile {
  const entityWeights = new Map<string, number>();
  for (const { id, count } of page.entities) {
    if (count <= 0) continue;
    // Named three times or more, a name is part of the story; once, it may be a passing mention.
    const weight = model.specificity(id) * (0.5 + 0.5 * Math.min(1, count / 3));
    entityWeights.set(id, Math.max(entityWeights.get(id) ?? 0, weight));
  }
  return {
    vector: vectorOf(model.stats, documentTerms(page.headline, page.text)),
    day: toDay(page.published),
    entityWeights,
    topics: suggestTopics(`${page.headline}\n${page.text}`),
    urlKey: urlKey(page.url),
    outletKey: outletKey(page.outlet),
    headlineKey: articleHeadlineKey(page.headline),
  };
}
