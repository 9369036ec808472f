// Loads, once and only when a hover card first asks, the small per-entity digest summary asset.
import browser from 'webextension-polyfill';
import type { EntityCard } from '../messaging/protocol';

let cards: Promise<Record<string, EntityCard>> | undefined;

export async function cardsFor(ids: string[]): Promise<Record<string, EntityCard>> {
  cards ??= fetch(browser.runtime.getURL('data/entity-cards.json'))
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}));
  const all = await cards;
  const wanted: Record<string, EntityCard> = {};
  for (const id of ids.slice(0, 50)) if (all[id]) wanted[id] = all[id];
  return wanted;
}
