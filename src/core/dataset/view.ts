// The bundled dataset as the views read it, without the search index or the merging of imported digests.
import type { AssetDigest, AssetItem, DatasetAsset } from './asset';

/** What every view needs of the dataset; a LoadedDataset (with search) is one too. */
export interface DatasetView {
  digests: AssetDigest[];
  items: AssetItem[];
  itemById: Map<string, AssetItem>;
  digestById: Map<string, AssetDigest>;
}

/** The bundle alone: enough when the user has imported nothing, and cheap to make. */
export function bundledView(asset: DatasetAsset): DatasetView {
  return {
    digests: asset.digests,
    items: asset.items,
    itemById: new Map(asset.items.map((item) => [item.id, item])),
    digestById: new Map(asset.digests.map((digest) => [digest.id, digest])),
  };
}
