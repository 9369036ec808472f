// Sort keys for digests and items: by date where known, so "most recent first" means the same everywhere.
import type { AssetDigest, AssetItem } from './asset';

/** The digest's date, else its month, else '' (unknown sorts first in ascending order). */
export function digestSortKey(digest: Pick<AssetDigest, 'date' | 'month'>): string {
  return digest.date ?? digest.month ?? '';
}

/** When the item appeared: the outlet's date, else the latest date or month among its digests, else ''. */
export function itemDateKey(
  item: Pick<AssetItem, 'published' | 'digests'>,
  digestById: ReadonlyMap<string, AssetDigest>,
): string {
  if (item.published) return item.published;
  let latest = '';
  for (const id of item.digests) {
    const digest = digestById.get(id);
    const key = digest ? digestSortKey(digest) : '';
    if (key > latest) latest = key;
  }
  return latest;
}

/** Newest first; items with no known date go last, then by id so the order is total. */
export function newestFirst(dateKey: (item: AssetItem) => string): (a: AssetItem, b: AssetItem) => number {
  return (a, b) => {
    const da = dateKey(a);
    const db = dateKey(b);
    if (da !== db) return da > db ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
