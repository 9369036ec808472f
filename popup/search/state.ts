// The search the reader is typing: query and filters, and the results they give over every digest.
import type { AssetItem } from '../../src/core/dataset/asset';
import { yearOf } from '../../src/core/dataset/dates';
import type { LoadedDataset, SearchFilters } from '../../src/core/dataset/load';
import { itemDateKey } from '../../src/core/dataset/order';

export interface SearchState {
  query: string;
  filters: SearchFilters;
}

export const EMPTY_SEARCH: SearchState = { query: '', filters: {} };

export function isSearching(search: SearchState): boolean {
  const { topic, outlet, publisher, year } = search.filters;
  return search.query.trim() !== '' || Boolean(topic || outlet || publisher || year);
}

export function runSearch(dataset: LoadedDataset, search: SearchState): AssetItem[] {
  return dataset.search(search.query, search.filters);
}

const byText = (a: string, b: string) => a.localeCompare(b);

/** The values each filter offers, from the loaded items and digests (bundled and imported). */
export function filterChoices(dataset: LoadedDataset) {
  const years = new Set<number>();
  const topics = new Set<string>();
  for (const item of dataset.items) {
    const year = yearOf(itemDateKey(item, dataset.digestById));
    if (year) years.add(year);
    for (const topic of item.topics) topics.add(topic);
  }
  return {
    topics: [...topics].sort(byText),
    outlets: [...new Set(dataset.items.map((item) => item.outlet))].sort(byText),
    publishers: [...new Set(dataset.digests.map((digest) => digest.publisher))].sort(byText),
    years: [...years].sort((a, b) => b - a),
  };
}
