// Loads, once per popup, what the digest views need: first the dataset and ranking model, then the search index.
/// <reference types="vite/client" />
// (For `?url`: tests and scripts type-check this file under a config without Vite's client types.)
import browser from 'webextension-polyfill';
import kbUrl from '../../generated/kb.json?url';
import type { DatasetAsset } from '../../src/core/dataset/asset';
import type { LoadedDataset } from '../../src/core/dataset/load';
import type { Digest } from '../../src/core/dataset/schema';
import type { CompiledKb } from '../../src/core/kb/compiled';
import { buildRankingModel, type RankingModel } from '../../src/core/ranking';
import { listUserDigests } from '../../src/user-digests';
import { bundledView, type DatasetView } from './dataset-view';
import { type KbIndex, kbIndex } from './kb';

export interface PopupData {
  /** Items and digests, bundled and imported. */
  dataset: DatasetView;
  kb: KbIndex;
  model: RankingModel;
  userDigests: Digest[];
  /** The same items with the full search index, loaded after the first render. */
  searchable(): Promise<LoadedDataset>;
}

export type DataLoad = { ok: true; data: PopupData } | { ok: false; error: string };

async function fetchText(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

let kb: KbIndex | undefined;
const NO_KB: KbIndex = { entity: () => undefined, resolveName: () => undefined };

/** The knowledge base once loaded (it is by the time any view has data to show); until then, empty. */
export function getKb(): KbIndex {
  return kb ?? NO_KB;
}

// A file of its own, fetched from the moment the page's HTML is read (index.html preloads it): as a script
// chunk it would have to be compiled, and would start loading only once the popup's code runs.
async function loadKb(): Promise<KbIndex> {
  const response = await fetch(kbUrl);
  if (!response.ok) throw new Error(`knowledge base: ${response.status}`);
  kb ??= kbIndex((await response.json()) as CompiledKb);
  return kb;
}

// The search index and the merging of imported digests live in their own chunk (MiniSearch with them):
// the page view needs neither when the user has imported nothing.
async function withSearch(asset: DatasetAsset, userDigests: Digest[], index: KbIndex, indexText?: string) {
  const [{ loadDataset }, { default: MiniSearch }, { SEARCH_OPTIONS }] = await Promise.all([
    import('../../src/core/dataset/load'),
    import('minisearch'),
    import('../../src/core/dataset/search-options'),
  ]);
  return loadDataset(asset, indexText ?? new MiniSearch(SEARCH_OPTIONS).toJSON(), userDigests, {
    resolveName: index.resolveName,
  });
}

async function load(): Promise<DataLoad> {
  try {
    // Started together, so the reads overlap.
    const [datasetText, userDigests, index] = await Promise.all([
      fetchText('data/dataset.json'),
      listUserDigests(),
      loadKb(),
    ]);
    const asset = JSON.parse(datasetText) as DatasetAsset;
    const dataset = userDigests.length === 0 ? bundledView(asset) : await withSearch(asset, userDigests, index);
    const model = buildRankingModel({ items: dataset.items, digestById: dataset.digestById, facts: index.entity });
    let full: Promise<LoadedDataset> | undefined;
    const searchable = () => {
      full ??= fetchText('data/search-index.json').then((text) => withSearch(asset, userDigests, index, text));
      return full;
    };
    return { ok: true, data: { dataset, kb: index, model, userDigests, searchable } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

let pending: Promise<DataLoad> | undefined;

export function popupData(): Promise<DataLoad> {
  pending ??= load();
  return pending;
}

/** After the user's digests change: the next read loads everything again. */
export function forgetPopupData(): void {
  pending = undefined;
}
