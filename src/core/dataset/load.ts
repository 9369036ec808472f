// Runtime entry for the popup and the worker: the bundled dataset and index, plus the user's own digests.
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { type AssetDigest, type AssetItem, type DatasetAsset, toAssetDigest } from './asset';
import { yearOf } from './dates';
import { dedupItems, type ItemSource } from './dedup';
import { digestSortKey, itemDateKey, newestFirst } from './order';
import { isPackedIndex, loadPackedIndex, type PackedIndex } from './packed-index';
import type { NameResolver } from './resolve-entities';
import type { Digest } from './schema';
import { SEARCH_OPTIONS, type SearchDocument, toSearchDocument } from './search-options';
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
  const digests: AssetDigest[] = [...dataset.digests];
  const itemById = new Map(dataset.items.map((item) => [item.id, item]));

  const sources: ItemSource[] = [];
  const namesByItem = new Map<ItemSource, string[]>();
  for (const digest of userDigests) {
    digests.push({ ...toAssetDigest(digest), user: true });
    digest.items.forEach((item, position) => {
      const entityIds = item.entities.map((name) => options.resolveName?.(name)).filter((id): id is string => !!id);
      const source = { digestId: digest.id, digestSort: digestSortKey(digest), index: position, item, entityIds };
      sources.push(source);
      namesByItem.set(source, item.entities);
    });
  }
  const added: SearchDocument[] = [];
  for (const { sources: merged, ...item } of dedupItems(sources).items) {
    const known = itemById.get(item.id);
    if (known) {
      // The user imported a review of an article the bundle already has: one item, more digests.
      itemById.set(item.id, { ...known, digests: [...new Set([...known.digests, ...item.digests])] });
      continue;
    }
    itemById.set(item.id, item);
    added.push(
      toSearchDocument(
        item,
        merged.flatMap((source) => namesByItem.get(source) ?? []),
      ),
    );
  }
  miniSearch.addAll(added);

  const items = [...itemById.values()];
  const digestById = new Map(digests.map((digest) => [digest.id, digest]));
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
