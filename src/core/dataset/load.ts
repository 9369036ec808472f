// Runtime entry for the popup and the worker: the bundled dataset and index, plus the user's own digests.
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { AssetDigest, AssetItem, DatasetAsset } from './asset';
import { yearOf } from './dates';
import { mergeUserDigests } from './merge-user';
import { itemDateKey, newestFirst } from './order';
import { isPackedIndex, loadPackedIndex, type PackedIndex } from './packed-index';
import type { NameResolver } from './resolve-entities';
import type { Digest } from './schema';
import { SEARCH_OPTIONS, type SearchDocument } from './search-options';
import { foldKey } from './text';

export interface SearchFilters {
  topic?: string;
  outlet?: string;
  publisher?: string;
  year?: number;
}

export interface LoadedDataset {
  digests: AssetDigest[];
  items: AssetItem[];
  itemById: Map<string, AssetItem>;
  digestById: Map<string, AssetDigest>;
  /** Items matching the query (best first) and the filters; an empty query lists all, newest first. */
  search(query: string, filters?: SearchFilters): AssetItem[];
}

export interface LoadOptions {
  /** Resolves the entity names in user digests to knowledge-base ids; unresolved names stay searchable. */
  resolveName?: NameResolver;
}

/** The index in either form: packed (search-index.json) or MiniSearch's own serialization. */
function loadIndex(index: AsPlainObject | PackedIndex | string): MiniSearch<SearchDocument> {
  const parsed: AsPlainObject | PackedIndex = typeof index === 'string' ? JSON.parse(index) : index;
  return isPackedIndex(parsed)
    ? loadPackedIndex<SearchDocument>(parsed, SEARCH_OPTIONS)
    : MiniSearch.loadJS<SearchDocument>(parsed, SEARCH_OPTIONS);
}

/** `index` is search-index.json, parsed (or as text). User digests must have passed parseUserFile. */
export function loadDataset(
  dataset: DatasetAsset,
  index: AsPlainObject | PackedIndex | string,
  userDigests: Digest[] = [],
  options: LoadOptions = {},
): LoadedDataset {
  const miniSearch = loadIndex(index);
  const { view, added } = mergeUserDigests(dataset, userDigests, options.resolveName);
  miniSearch.addAll(added);
  const { digests, items, itemById, digestById } = view;
  const byDate = newestFirst((item) => itemDateKey(item, digestById));

  const matches = (filters: SearchFilters) => {
    const outlet = filters.outlet ? foldKey(filters.outlet) : null;
    const publisher = filters.publisher ? foldKey(filters.publisher) : null;
    return (item: AssetItem) =>
      (!filters.topic || item.topics.includes(filters.topic)) &&
      (!outlet || foldKey(item.outlet) === outlet) &&
      (!publisher || item.digests.some((id) => foldKey(digestById.get(id)?.publisher ?? '') === publisher)) &&
      (filters.year === undefined || yearOf(itemDateKey(item, digestById)) === filters.year);
  };

  return {
    digests,
    items,
    itemById,
    digestById,
    search(query, filters = {}) {
      const keep = matches(filters);
      if (query.trim() === '') return items.filter(keep).sort(byDate);
      return miniSearch
        .search(query)
        .map((result) => itemById.get(String(result.id)))
        .filter((item): item is AssetItem => item !== undefined && keep(item));
    },
  };
}
