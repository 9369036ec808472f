// Everything the ranking computes once per dataset: item vectors, dates, article keys, entity weights.
import type { AssetDigest, AssetItem } from '../dataset/asset';
import { type Day, toDay } from './dates';
import { type EntityFacts, type Specificity, specificityOf } from './specificity';
import { documentTerms, type SparseVector, type TermStats, termStats, vectorOf } from './vectors';

export interface ItemEntry {
  item: AssetItem;
  vector: SparseVector;
  day: Day | null;
  entityIds: ReadonlySet<string>;
}

export interface RankingModel {
  entries: ItemEntry[];
  byId: Map<string, ItemEntry>;
  stats: TermStats;
  specificity: Specificity;
}

export interface ModelInput {
  items: readonly AssetItem[];
  digestById: ReadonlyMap<string, AssetDigest>;
  /** Kind and strength of an entity id, from the knowledge base. */
  facts: (id: string) => EntityFacts | undefined;
  subjectIds?: readonly string[];
}

/** The outlet's date when known; else the earliest reviewing digest's, a few days after the article. */
export function itemDay(item: AssetItem, digestById: ReadonlyMap<string, AssetDigest>): Day | null {
  const published = toDay(item.published);
  if (published) return published;
  let best: Day | null = null;
  for (const id of item.digests) {
    const digest = digestById.get(id);
    const day = toDay(digest?.date ?? digest?.month);
    // Weekly digests review the past week or two: the article came out up to about ten days before.
    if (day && (!best || day.day < best.day)) best = { day: day.day - 5, slack: day.slack + 5 };
  }
  return best;
}

export function buildRankingModel(input: ModelInput): RankingModel {
  const termLists = input.items.map((item) => documentTerms(item.headline, item.summary));
  const stats = termStats(termLists);
  return assembleModel(
    input,
    stats,
    termLists.map((list) => vectorOf(stats, list)),
  );
}

/** The model around the items' vectors, however they were made (from the text, or prebuilt.ts). */
export function assembleModel(input: ModelInput, stats: TermStats, vectors: SparseVector[]): RankingModel {
  const entries = input.items.map(
    (item, index): ItemEntry => ({
      item,
      vector: vectors[index],
      day: itemDay(item, input.digestById),
      entityIds: new Set(item.entityIds),
    }),
  );
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.item.id, entry])),
    stats,
    specificity: specificityOf(
      input.facts,
      input.items.map((item) => item.entityIds),
      input.subjectIds,
    ),
  };
}
