// Loads, once per popup, what the digest views need: first the dataset and ranking model, then the search index.
import MiniSearch from 'minisearch';
import browser from 'webextension-polyfill';
import type { DatasetAsset } from '../../src/core/dataset/asset';
import { type LoadedDataset, loadDataset } from '../../src/core/dataset/load';
import { mergeUserDigests } from '../../src/core/dataset/merge-user';
import type { Digest } from '../../src/core/dataset/schema';
import { SEARCH_OPTIONS } from '../../src/core/dataset/search-options';
import type { DatasetView } from '../../src/core/dataset/view';
import type { CompiledKb } from '../../src/core/kb/compiled';
import type { KbIndex } from '../../src/core/kb/name-index';
import {
  buildRankingModel,
  bundledRanking,
  type EntityNote,
  entityNotes,
  groupStories,
  type PrebuiltRanking,
  type RankingModel,
  type Story,
  storiesOf,
} from '../../src/core/ranking';
import { listUserDigests, userDigestsKey } from '../../src/user-digests';
import { takeEarlyFile, takeEarlyStoredDigests } from '../early';
import { MARKS, markOnce } from '../rendered-mark';

export interface PopupData {
  /** Items and digests, bundled and imported. */
  dataset: DatasetView;
  /** Name, kind and strength of the entities the items name: all the page view needs of the knowledge base. */
  note(id: string): EntityNote | undefined;
  /** The whole knowledge base (descriptions, other names), read when a view first needs it. */
  kb(): Promise<KbIndex>;
  /** The ranking model, made when first asked for: where the worker has ranked the page's items already
   *  (src/background/digest-ranking.ts), the first render does without it. With the user's digests it needs
   *  the whole knowledge base, read then. */
  model(): Promise<RankingModel>;
  /** The stories the items tell (for related coverage): prebuilt for the bundle, grouped here with imports. */
  stories(): Promise<Story[]>;
  userDigests: Digest[];
  /** Names this state of the user's digests: a ranking the worker made with others is not used. */
  userDigestsKey: string;
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
const workerNotes = new Map<string, EntityNote>();

/** An entity's name, kind and strength once the data is loaded (it is by the time any item is shown). */
export function noteOf(id: string): EntityNote | undefined {
  return note(id) ?? workerNotes.get(id);
}

/** The names the worker sent with its ranking, for entities only the user's digests name. */
export function rememberNotes(notes: Record<string, EntityNote> | undefined): void {
  for (const [id, known] of Object.entries(notes ?? {})) workerNotes.set(id, known);
}

// The whole knowledge base (data/kb.json, written by scripts/build-kb.ts) is 650 KB with its descriptions:
// the page view does without it (ranking.json carries the names and weights it needs), so it is fetched only
// for the entity view and imported digests.
let kb: Promise<KbIndex> | undefined;
function loadKb(): Promise<KbIndex> {
  kb ??= Promise.all([fetch(browser.runtime.getURL('data/kb.json')), import('../../src/core/kb/name-index')]).then(
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
  return { dataset, model: async () => model(), note, stories: async () => storiesOf(prebuilt.stories, dataset.items) };
}

/** With the user's own digests, which may name any entity. The first render shows the items as the worker
 *  ranked them (src/background/digest-ranking.ts): it needs only the digests merged with the bundle. Their
 *  names are resolved, and the model built, only when asked for: for the stories after the first render, or
 *  where the worker has not ranked with these digests. Resolving them first (the whole knowledge base read,
 *  the search index filled, every item's terms counted) took the popup's first render from 179 to 446 ms. */
function withImports(asset: DatasetAsset, prebuilt: PrebuiltRanking, userDigests: Digest[]) {
  const { view } = mergeUserDigests(asset, userDigests);
  const notes = entityNotes(prebuilt);
  let named: Promise<{ model: RankingModel; stories(): Story[] }> | undefined;
  const resolve = () => {
    named ??= loadKb().then((index) => {
      const merged = mergeUserDigests(asset, userDigests, index.resolveName).view;
      const model = buildRankingModel({ items: merged.items, digestById: merged.digestById, facts: index.entity });
      note = (id) => index.entity(id) ?? notes.get(id);
      let stories: Story[] | undefined;
      return { model, stories: () => (stories ??= groupStories(model)) };
    });
    named.catch(() => {
      named = undefined;
    });
    return named;
  };
  return {
    dataset: view,
    model: () => resolve().then((ready) => ready.model),
    note: (id: string) => notes.get(id),
    stories: () => resolve().then((ready) => ready.stories()),
  };
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
    const prebuilt = JSON.parse(rankingText) as PrebuiltRanking;
    const ready = userDigests.length === 0 ? bundled(asset, prebuilt) : withImports(asset, prebuilt, userDigests);
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
    return {
      ok: true,
      data: { ...ready, kb: loadKb, userDigests, userDigestsKey: userDigestsKey(userDigests), searchable },
    };
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
