// The ONE definition of the search index: the build writes it and the runtime reads it with these options.
import type { Options, SearchOptions } from 'minisearch';

/** What the index holds per item; the item itself is in dataset.json. */
export interface SearchDocument {
  id: string;
  headline: string;
  summary: string;
  outlet: string;
  /** Entity names, space-separated: canonical names and the spellings the digests used. */
  entities: string;
}

export const SEARCH_FIELDS = ['headline', 'summary', 'outlet', 'entities'] as const;

/** Lower case, accents dropped, ё as е: "Orbán" finds "Orban" and the reverse. Applied to the text
 *  indexed and to queries alike, so both must use this function. */
export function processTerm(term: string): string | null {
  const folded = term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е');
  return folded === '' ? null : folded;
}

export const SEARCH_DEFAULTS: SearchOptions = {
  // Typing a name should find it half-written ("tokay") and misspelt ("tokaev"); fuzzy scales with length.
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
  boost: { headline: 2, entities: 2, outlet: 1.5 },
};

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  // Nothing but the id is stored: results are looked up in dataset.json, which is loaded anyway.
  storeFields: [],
  processTerm,
  searchOptions: SEARCH_DEFAULTS,
};

/** The index document of one item. */
export function toSearchDocument(
  item: { id: string; headline: string | null; summary: string; outlet: string },
  entityNames: Iterable<string>,
): SearchDocument {
  return {
    id: item.id,
    headline: item.headline ?? '',
    summary: item.summary,
    outlet: item.outlet,
    entities: [...new Set(entityNames)].join(' '),
  };
}
