// The bundle with the user's own digests merged in: an item a user digest reviews again joins the bundle's
// (one item, more digests), and reviews of one article across user digests become one item.
import { type AssetDigest, type AssetItem, type DatasetAsset, toAssetDigest } from './asset';
import { dedupItems, type ItemSource } from './dedup';
import { digestSortKey } from './order';
import type { NameResolver } from './resolve-entities';
import type { Digest } from './schema';
import { type SearchDocument, toSearchDocument } from './search-options';
import type { DatasetView } from './view';

export interface MergedDataset {
  view: DatasetView;
  /** The search documents of the items the user digests add. */
  added: SearchDocument[];
}

/** `resolveName` turns the user items' entity names into knowledge-base ids; without it the items name none
 *  (enough to show them: the popup's first render, which the worker has ranked already). */
export function mergeUserDigests(
  asset: DatasetAsset,
  userDigests: readonly Digest[],
  resolveName?: NameResolver,
): MergedDataset {
  const digests: AssetDigest[] = [...asset.digests];
  const itemById = new Map(asset.items.map((item) => [item.id, item]));
  const sources: ItemSource[] = [];
  const namesByItem = new Map<ItemSource, string[]>();
  for (const digest of userDigests) {
    digests.push({ ...toAssetDigest(digest), user: true });
    digest.items.forEach((item, position) => {
      const entityIds = resolveName
        ? item.entities.map((name) => resolveName(name)).filter((id): id is string => !!id)
        : [];
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
    itemById.set(item.id, item as AssetItem);
    added.push(
      toSearchDocument(
        item,
        merged.flatMap((source) => namesByItem.get(source) ?? []),
      ),
    );
  }
  const items = [...itemById.values()];
  return { view: { digests, items, itemById, digestById: new Map(digests.map((d) => [d.id, d])) }, added };
}
