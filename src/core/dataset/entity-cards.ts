// Builds entity-cards.json: what a hover card shows about an entity without loading the whole dataset.
import type { AssetDigest, AssetItem, EntityCards } from './asset';
import { itemDateKey, newestFirst } from './order';

export const CARD_HEADLINES = 2;

export function buildEntityCards(items: AssetItem[], digests: AssetDigest[]): EntityCards {
  const digestById = new Map(digests.map((digest) => [digest.id, digest]));
  const ordered = [...items].sort(newestFirst((item) => itemDateKey(item, digestById)));
  const cards: EntityCards = {};
  for (const item of ordered) {
    for (const id of item.entityIds) {
      const card = cards[id] ?? { count: 0, top: [] };
      cards[id] = card;
      card.count++;
      if (item.headline && card.top.length < CARD_HEADLINES && !card.top.includes(item.headline))
        card.top.push(item.headline);
    }
  }
  // Keys sorted so the file diffs cleanly between builds.
  return Object.fromEntries(
    Object.keys(cards)
      .sort()
      .map((id) => [id, cards[id]]),
  );
}
