// Ranks the digest items for a page once its report arrives, while the reader is still reading, so that the
// popup's first render only draws them: building the ranking model and ranking cost the popup 5-7 ms of code
// run for the first time with the bundle alone, and with 50 digests of the user's own (the whole knowledge
// base read, their names resolved, the model built from every item's text) several hundred. The same model
// and the same ranking as the popup's own (src/core/ranking), which it still makes where the worker has not.
import browser from 'webextension-polyfill';
import type { DatasetAsset } from '../core/dataset/asset';
import { mergeUserDigests } from '../core/dataset/merge-user';
import type { Digest } from '../core/dataset/schema';
import { kbIndex } from '../core/kb/name-index';
import {
  buildRankingModel,
  bundledRanking,
  type EntityNote,
  type PrebuiltRanking,
  type RankingModel,
  rankItems,
} from '../core/ranking';
import { pageInputOf } from '../messaging/page-input';
import type { PageReport } from '../messaging/protocol';
import { USER_DIGESTS_KEY, userDigestsKey } from '../user-digests';
import { compiledKb } from './kb';

/** As many as the popup ranks (popup/views/HomeView.tsx). */
const RANKED = 20;

interface Ranker {
  model: RankingModel;
  note(id: string): EntityNote | undefined;
}

let bundle: Promise<Ranker> | undefined;
let withImports: { key: string; ranker: Promise<Ranker> } | undefined;

async function readJson<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The bundle's model, made once per worker from the files the popup reads. */
function bundledRanker(): Promise<Ranker> {
  bundle ??= Promise.all([
    readJson<DatasetAsset>('data/dataset.json'),
    readJson<PrebuiltRanking>('data/ranking.json'),
  ]).then(([asset, prebuilt]) => {
    const ranking = bundledRanking(asset, prebuilt);
    return { model: ranking.model(), note: ranking.note };
  });
  bundle.catch(() => {
    bundle = undefined;
  });
  return bundle;
}

/** With the user's digests: their names resolved and the model built, once per state of the digests. */
function importsRanker(digests: Digest[], key: string): Promise<Ranker> {
  if (withImports?.key !== key) {
    const ranker = Promise.all([readJson<DatasetAsset>('data/dataset.json'), compiledKb()]).then(([asset, kb]) => {
      const index = kbIndex(kb);
      const { view } = mergeUserDigests(asset, digests, index.resolveName);
      const model = buildRankingModel({ items: view.items, digestById: view.digestById, facts: index.entity });
      return { model, note: index.entity };
    });
    withImports = { key, ranker };
    ranker.catch(() => {
      if (withImports?.ranker === ranker) withImports = undefined;
    });
  }
  return withImports.ranker;
}

export type PopupRanking = Required<Pick<PageReport, 'ranked' | 'rankedWith' | 'rankedNotes'>>;

/** The items for a page the popup shows items for; null where it shows none. */
export async function rankForPopup(report: PageReport): Promise<PopupRanking | null> {
  const { verdict } = report.analysis;
  if (verdict !== 'central' && verdict !== 'mentions') return null;
  const stored = (await browser.storage.local.get(USER_DIGESTS_KEY))[USER_DIGESTS_KEY];
  const digests = Array.isArray(stored) ? (stored as Digest[]) : [];
  const key = userDigestsKey(digests);
  const ranker = digests.length === 0 ? await bundledRanker() : await importsRanker(digests, key);
  const ranked = rankItems(ranker.model, pageInputOf(report), { limit: RANKED });
  // The names of the entities the reasons give: a user item may name one the bundle's items do not.
  const rankedNotes: Record<string, EntityNote> = {};
  if (digests.length > 0)
    for (const { reasons } of ranked)
      for (const reason of reasons) {
        const note = reason.kind === 'entity' ? ranker.note(reason.id) : undefined;
        if (note && reason.kind === 'entity')
          rankedNotes[reason.id] = { name: note.name, kind: note.kind, strength: note.strength };
      }
  return {
    ranked: ranked.map(({ item, ...score }) => ({ id: item.id, ...score })),
    rankedWith: key,
    rankedNotes,
  };
}
