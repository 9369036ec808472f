// Loads, once per popup, what the digest views need: first the dataset and ranking model, then the search index.
import MiniSearch from 'minisearch';
import browser from 'webextension-polyfill';
import type { DatasetAsset } from '../../src/core/dataset/asset';
import { type LoadedDataset, loadDataset } from '../../src/core/dataset/load';
import type { Digest } from '../../src/core/dataset/schema';
import { SEARCH_OPTIONS } from '../../src/core/dataset/search-options';
import type { DatasetView } from '../../src/core/dataset/view';
import type { CompiledKb } from '../../src/core/kb/compiled';
import {
  buildRankingModel,
  bundledRanking,
  type EntityNote,
  groupStories,
  type PrebuiltRanking,
  type RankingModel,
  type Story,
  storiesOf,
} from '../../src/core/ranking';
import { listUserDigests } from '../../src/user-digests';
import { takeEarlyFile, takeEarlyStoredDigests } from '../early';
import { MARKS, markOnce } from '../rendered-mark';
import type { KbIndex } from './kb';

export interface PopupData {
  /** Items and digests, bundled and imported. */
  dataset: DatasetView;
  /** Name, kind and strength of the entities the items name: all the page view needs of the knowledge base. */
  note(id: string): EntityNote | undefined;
  /** The whole knowledge base (descriptions, other names), read when a view first needs it. */
  kb(): Promise<KbIndex>;
  /** The ranking model, made when first asked for: where the worker has ranked the page's items already
   *  (src/background/digest-ranking.ts), the first render does without it. */
  model(): RankingModel;
  /** The stories the items tell (for related coverage): prebuilt for the bundle, grouped here with imports. */
  stories(): Story[];
  userDigests: Digest[];
  /** The same items with the full search index, loaded after the first render. */
  searchable(): Promise<LoadedDataset>;
}

export type DataLoad = { ok: true; data: PopupData } | { ok: false; error: string };

async function fetchText(path: string): Promise<string> {
  const early = takeEarlyFile(path);
  if (early) return early;
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

let note: PopupData['note'] = () => undefined;

/** An entity's name, kind and strength once the data is loaded (it is by the time any item is shown). */
export function noteOf(id: string): EntityNote | undefined {
  return note(id);
}

// The whole knowledge base (data/kb.json, written by scripts/build-kb.ts) is 650 KB with its descriptions:
// the page view does without it (ranking.json carries the names and weights it needs), so it is fetched only
// for the entity view and imported digests.
let kb: Promise<KbIndex> | undefined;
function loadKb(): Promise<KbIndex> {
  kb ??= Promise.all([fetch(browser.runtime.getURL('data/kb.json')), import('./kb')]).then(
    async ([response, { kbIndex }]) => {
      if (!response.ok) throw new Error(`knowledge base: ${response.status}`);
      return kbIndex((await response.json()) as CompiledKb);
    },
  );
  kb.catch(() => {
    kb = undefined;
  });
  return kb;
}

// The search code (MiniSearch, and the merging of imported digests) comes with the popup's first scripts. As a
// chunk of its own, imported once the items were ready, its second round of module requests left search
// ready about 10 ms later after the first render, which came no sooner for it.
// The index file is asked for by early.js once the first render's files are in, and read as the items are
// ready; parsing it waits for searchable(), which the views call after the first render.
let searchIndex: Promise<string> | undefined;
function fetchSearchIndex(): Promise<string> {
  if (!searchIndex) {
    markOnce(MARKS.searchLoad);
    searchIndex = fetchText('data/search-index.json');
    searchIndex.catch(() => {
      searchIndex = undefined;
    });
  }
  return searchIndex;
}

function withSearch(asset: DatasetAsset, userDigests: Digest[], index: KbIndex | null, indexText?: string) {
  return loadDataset(asset, indexText ?? new MiniSearch(SEARCH_OPTIONS).toJSON(), userDigests, {
    resolveName: index?.resolveName,
  });
}

/** The bundle alone: its model comes ready-made from ranking.json. */
function bundled(asset: DatasetAsset, prebuilt: PrebuiltRanking) {
  const { dataset, note, model } = bundledRanking(asset, prebuilt);
  return { dataset, model, note, stories: () => storiesOf(prebuilt.stories, dataset.items) };
}

/** With imported digests, which name any entity: their names are resolved, and the model built, here. */
async function withImports(asset: DatasetAsset, userDigests: Digest[]) {
  const index = await loadKb();
  const dataset = withSearch(asset, userDigests, index);
  const model = buildRankingModel({ items: dataset.items, digestById: dataset.digestById, facts: index.entity });
  return { dataset, model: () => model, note: index.entity, stories: () => groupStories(model) };
}

async function load(): Promise<DataLoad> {
  try {
    // Started together, so the reads overlap (index.html has the two files preloaded already).
    const [datasetText, rankingText, userDigests] = await Promise.all([
      fetchText('data/dataset.json'),
      fetchText('data/ranking.json'),
      listUserDigests(takeEarlyStoredDigests()),
    ]);
    markOnce(MARKS.fetched);
    const asset = JSON.parse(datasetText) as DatasetAsset;
    const ready =
      userDigests.length === 0
        ? bundled(asset, JSON.parse(rankingText) as PrebuiltRanking)
        : await withImports(asset, userDigests);
    note = ready.note;
    markOnce(MARKS.data);
    void fetchSearchIndex();
    let full: Promise<LoadedDataset> | undefined;
    const searchable = () => {
      // Only imported digests have names to resolve: the bundle's are resolved at build time.
      if (!full) {
        full = Promise.all([fetchSearchIndex(), userDigests.length > 0 ? loadKb() : null]).then(([text, index]) =>
          withSearch(asset, userDigests, index, text),
        );
        // (A failure is the caller's to show; the mark only records success.)
        full.then(
          () => markOnce(MARKS.searchable),
          () => undefined,
        );
      }
      return full;
    };
    return { ok: true, data: { ...ready, kb: loadKb, userDigests, searchable } };
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
