// Scores one digest item against the page, and says why: shared entities, topic, wording, date.
import { articleHeadlineKey, outletKeyOf, urlKey } from './article-keys';
import { closeness, daysApart } from './dates';
import type { ItemEntry } from './model';
import type { PageProfile } from './page';
import { cosine } from './vectors';

export type Reason =
  | { kind: 'article'; via: 'url' | 'headline' }
  | { kind: 'entity'; id: string; weight: number }
  | { kind: 'topic'; topic: string }
  | { kind: 'wording'; similarity: number }
  | { kind: 'date'; days: number };

export interface ItemScore {
  score: number;
  /** The page is the article this item reviews. */
  reviewed: boolean;
  parts: { entities: number; wording: number; topics: number; date: number };
  reasons: Reason[];
}

// Wording carries most: a retelling of the same story shares its rare words. Entities next, weighted by
// specificity; topic and date only break near-ties.
export const WEIGHTS = { entities: 0.35, wording: 0.45, topics: 0.08, date: 0.12 } as const;
/** Below these, a shared word or topic is coincidence and is not offered as a reason. */
export const SHOWN_WORDING = 0.15;
export const SHOWN_DATE_DAYS = 21;
/** Summed specificity at which the entity part reaches 63 %: about one rare name, or three common ones. */
export const ENTITY_SCALE = 0.8;

// Keys are made only when the page has the matching key, outlet before headline: most pages name no outlet
// the digests review, and then no item's headline needs folding at all.
export function reviewedVia(page: PageProfile, entry: ItemEntry): 'url' | 'headline' | null {
  const { item } = entry;
  if (page.urlKey && item.url && urlKey(item.url) === page.urlKey) return 'url';
  if (page.outletKey && page.headlineKey && outletKeyOf(item.outlet) === page.outletKey)
    return articleHeadlineKey(item.headline) === page.headlineKey ? 'headline' : null;
  return null;
}

export function scoreItem(page: PageProfile, entry: ItemEntry): ItemScore {
  const reasons: Reason[] = [];
  const via = reviewedVia(page, entry);
  if (via) reasons.push({ kind: 'article', via });

  // Shared names add up by specificity and saturate: one rare name says much, the subject alone nothing,
  // and an item is not rewarded merely for listing many names.
  let shared = 0;
  const named: Reason[] = [];
  for (const id of entry.entityIds) {
    const onPage = page.entityWeights.get(id);
    if (onPage === undefined) continue;
    shared += onPage;
    named.push({ kind: 'entity', id, weight: onPage });
  }
  const entities = 1 - Math.exp(-shared / ENTITY_SCALE);
  named.sort((a, b) => (b as { weight: number }).weight - (a as { weight: number }).weight);
  reasons.push(...named);

  const topicsShared = entry.item.topics.filter((topic) => page.topics.includes(topic));
  const topics =
    topicsShared.length === 0 ? 0 : topicsShared.length / Math.sqrt(entry.item.topics.length * page.topics.length);
  for (const topic of topicsShared) reasons.push({ kind: 'topic', topic });

  const wording = cosine(page.vector, entry.vector);
  if (wording >= SHOWN_WORDING) reasons.push({ kind: 'wording', similarity: wording });

  const date = closeness(page.day, entry.day);
  if (page.day && entry.day && daysApart(page.day, entry.day) <= SHOWN_DATE_DAYS)
    reasons.push({ kind: 'date', days: Math.round(daysApart(page.day, entry.day)) });

  const score = WEIGHTS.entities * entities + WEIGHTS.wording * wording + WEIGHTS.topics * topics + WEIGHTS.date * date;
  return { score, reviewed: via !== null, parts: { entities, wording, topics, date }, reasons };
}
