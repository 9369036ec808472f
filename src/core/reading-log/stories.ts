// The reader's log by story: each page joins the digests' story (or lone item) it tells best, by the same
// links related coverage groups items with (shared specific names and wording, within weeks); pages that
// join no digest item are grouped among themselves the same way.
import type { AssetItem } from '../dataset/asset';
import { articleHeadlineKey, outletKey, outletKeyOf, urlKey } from '../ranking/article-keys';
import { toDay } from '../ranking/dates';
import type { ItemEntry, RankingModel } from '../ranking/model';
import { groupStories, linkStrength, type Story } from '../ranking/stories';
import { documentTerms, vectorOf } from '../ranking/vectors';
import type { LogEntry } from './log';

export interface ReadingStory {
  /** The digest story's id, its lone item's id, or (told only by the reader's pages) the first page's address. */
  id: string;
  /** The digest items of the story, earliest first; none for a story only the reader's pages tell. */
  itemIds: string[];
  /** The reader's pages, latest read first. */
  entries: LogEntry[];
}

export interface ReadingByStory {
  /** Stories with at least one of the reader's pages, the latest read first. */
  stories: ReadingStory[];
  /** Pages that tell no story with anything else, latest read first. */
  alone: LogEntry[];
  /** For a digest item: how many of the reader's pages tell its story and are not its own article. */
  othersRead(itemId: string): number;
}

/** Names this little specific (the subject itself) are too common to look items up by. */
const LOOKUP_SPECIFICITY = 0.1;
const DAY_MS = 86_400_000;

const isoDay = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

/** A page as the story grouping sees an item: its title for wording, its date (or the day it was read). */
function asItem(entry: LogEntry): AssetItem {
  return {
    id: `read:${entry.url}`,
    digests: [],
    headline: entry.title,
    outlet: entry.outlet ?? '',
    published: entry.published ?? isoDay(entry.readAt),
    author: null,
    summary: '',
    entityIds: entry.entities.map((entity) => entity.id),
    topics: [],
    url: entry.url,
  };
}

function pageEntry(model: RankingModel, entry: LogEntry): ItemEntry {
  const item = asItem(entry);
  return {
    item,
    vector: vectorOf(model.stats, documentTerms(item.headline, '')),
    day: toDay(item.published),
    entityIds: new Set(item.entityIds),
  };
}

const urlKeys = new WeakMap<AssetItem, string | null>();

function itemUrlKey(item: AssetItem): string | null {
  let key = urlKeys.get(item);
  if (key === undefined) {
    key = urlKey(item.url);
    urlKeys.set(item, key);
  }
  return key;
}

interface ArticleKeys {
  url: string | null;
  outlet: string | null;
  headline: string | null;
}

/** The page is the article the item reviews: same address, or same outlet and headline (the outlet first,
 *  as the ranking does: most pages share no outlet with an item, and then no headline need be folded). */
function isArticleOf(page: ArticleKeys, item: AssetItem): boolean {
  if (page.url && item.url && itemUrlKey(item) === page.url) return true;
  return (
    page.outlet !== null &&
    outletKeyOf(item.outlet) === page.outlet &&
    articleHeadlineKey(item.headline) === page.headline
  );
}

/** `storyOf`: the digests' stories by item id (related coverage's grouping). */
export function readingByStory(
  model: RankingModel,
  storyOf: ReadonlyMap<string, Story>,
  entries: readonly LogEntry[],
): ReadingByStory {
  const itemsByEntity = new Map<string, ItemEntry[]>();
  for (const entry of model.entries)
    for (const id of entry.entityIds) {
      if (model.specificity(id) < LOOKUP_SPECIFICITY) continue;
      const list = itemsByEntity.get(id) ?? [];
      list.push(entry);
      itemsByEntity.set(id, list);
    }

  const joined = new Map<string, ReadingStory>();
  const articleOf = new Map<LogEntry, string>();
  const unjoined: ItemEntry[] = [];
  const latestFirst = [...entries].sort((a, b) => b.readAt - a.readAt);
  for (const entry of latestFirst) {
    const page = pageEntry(model, entry);
    const keys = { url: urlKey(entry.url), outlet: outletKey(entry.outlet), headline: articleHeadlineKey(entry.title) };
    let best: { item: AssetItem; strength: number } | null = null;
    const candidates = new Set(entry.entities.flatMap((entity) => itemsByEntity.get(entity.id) ?? []));
    for (const candidate of candidates) {
      const article = isArticleOf(keys, candidate.item);
      const strength = article ? Number.POSITIVE_INFINITY : linkStrength(model, page, candidate);
      if (strength !== null && (!best || strength > best.strength)) best = { item: candidate.item, strength };
    }
    if (!best) {
      unjoined.push(page);
      continue;
    }
    if (best.strength === Number.POSITIVE_INFINITY) articleOf.set(entry, best.item.id);
    const story = storyOf.get(best.item.id);
    const id = story?.id ?? best.item.id;
    const known = joined.get(id) ?? { id, itemIds: story?.itemIds ?? [best.item.id], entries: [] };
    known.entries.push(entry);
    joined.set(id, known);
  }

  // The pages that joined no digest item, grouped as items are, on the same term and name weights.
  const byUrl = new Map(entries.map((entry) => [`read:${entry.url}`, entry]));
  const own = groupStories({ ...model, entries: unjoined, byId: new Map() });
  const grouped = new Set(own.flatMap((story) => story.itemIds));
  const ownStories = own.map(
    (story): ReadingStory => ({
      id: byUrl.get(story.id)!.url,
      itemIds: [],
      entries: story.itemIds.map((id) => byUrl.get(id)!).sort((a, b) => b.readAt - a.readAt),
    }),
  );
  const stories = [...joined.values(), ...ownStories].sort((a, b) => b.entries[0].readAt - a.entries[0].readAt);
  const alone = unjoined.filter((page) => !grouped.has(page.item.id)).map((page) => byUrl.get(page.item.id)!);

  const storyOfItem = new Map<string, ReadingStory>();
  for (const story of joined.values()) for (const id of story.itemIds) storyOfItem.set(id, story);
  return {
    stories,
    alone,
    othersRead: (itemId) =>
      storyOfItem.get(itemId)?.entries.filter((entry) => articleOf.get(entry) !== itemId).length ?? 0,
  };
}

/** The pages that may tell the story of one of these items, as they share a specific name with one: all a
 *  view that shows only these items need group, at a fraction of the cost of the whole log. */
export function entriesNear(model: RankingModel, entries: readonly LogEntry[], itemIds: Iterable<string>): LogEntry[] {
  const names = new Set<string>();
  for (const id of itemIds)
    for (const entity of model.byId.get(id)?.entityIds ?? [])
      if (model.specificity(entity) >= LOOKUP_SPECIFICITY) names.add(entity);
  return entries.filter((entry) => entry.entities.some((entity) => names.has(entity.id)));
}
