// Figures about the dataset for `npm run dataset:stats`: coverage, spread over time, resolution share.
import type { DatasetAsset } from './asset';
import { yearOf } from './dates';
import { itemDateKey } from './order';
import type { Digest } from './schema';
import { foldKey } from './text';

export interface DatasetStats {
  digests: number;
  itemsBefore: number;
  itemsAfter: number;
  publishers: [string, number][];
  outlets: number;
  dateRange: [string, string] | null;
  itemsPerYear: [string, number][];
  entities: number;
  /** Share of source items whose entity names all resolve (0..1). */
  resolvedShare: number;
  unresolvedNames: [string, number][];
}

const byCount = (counts: Map<string, number>): [string, number][] =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

export function computeStats(
  digests: Digest[],
  asset: DatasetAsset,
  resolve: (name: string) => string | undefined,
): DatasetStats {
  const publishers = new Map<string, number>();
  for (const digest of digests) publishers.set(digest.publisher, (publishers.get(digest.publisher) ?? 0) + 1);
  const dates = digests
    .map((digest) => digest.date)
    .filter((date): date is string => !!date)
    .sort();
  const digestById = new Map(asset.digests.map((digest) => [digest.id, digest]));
  const perYear = new Map<string, number>();
  for (const item of asset.items) {
    const year = yearOf(itemDateKey(item, digestById));
    const key = year ? String(year) : 'unknown';
    perYear.set(key, (perYear.get(key) ?? 0) + 1);
  }
  const sources = digests.flatMap((digest) => digest.items);
  const unresolved = new Map<string, number>();
  let allResolved = 0;
  for (const item of sources) {
    const missing = item.entities.filter((name) => !resolve(name));
    if (missing.length === 0) allResolved++;
    for (const name of missing) unresolved.set(name, (unresolved.get(name) ?? 0) + 1);
  }
  return {
    digests: digests.length,
    itemsBefore: sources.length,
    itemsAfter: asset.items.length,
    publishers: byCount(publishers),
    outlets: new Set(sources.map((item) => foldKey(item.outlet))).size,
    dateRange: dates.length > 0 ? [dates[0], dates[dates.length - 1]] : null,
    itemsPerYear: [...perYear].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    entities: new Set(asset.items.flatMap((item) => item.entityIds)).size,
    resolvedShare: sources.length === 0 ? 1 : allResolved / sources.length,
    unresolvedNames: byCount(unresolved),
  };
}
