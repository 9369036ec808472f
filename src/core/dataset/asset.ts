// The shapes of the generated assets (generated/public/data/*.json) that the popup and the worker load.
import type { Digest } from './schema';

/** A digest as shipped: its items live in DatasetAsset.items and point back by id. */
export interface AssetDigest {
  id: string;
  publisher: string;
  date: string | null;
  month: string | null;
  url: string | null;
  title: string | null;
  language?: string;
  /** Set at run time on digests the user imported; never in the bundled file. */
  user?: true;
}

/** One foreign article, reviewed by one or more digests. */
export interface AssetItem {
  id: string;
  digests: string[];
  headline: string | null;
  outlet: string;
  published: string | null;
  author: string | null;
  summary: string;
  entityIds: string[];
  topics: string[];
  url: string | null;
}

/** dataset.json */
export interface DatasetAsset {
  version: 1;
  digests: AssetDigest[];
  items: AssetItem[];
}

/** entity-cards.json: per entity id, how many items mention it and up to two headlines, most recent first. */
export type EntityCards = Record<string, { count: number; top: string[] }>;

export const DATASET_VERSION = 1 as const;

/** A digest's own fields, without its items. */
export function toAssetDigest(digest: Digest): AssetDigest {
  const { id, publisher, date, month, url, title, language } = digest;
  return language ? { id, publisher, date, month, url, title, language } : { id, publisher, date, month, url, title };
}
