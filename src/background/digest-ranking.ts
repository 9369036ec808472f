// Ranks the bundled digest items for a page once its report arrives, while the reader is still reading, so
// that the popup's first render only draws them: building the ranking model and ranking cost the popup
// 5-7 ms of code run for the first time, before anything was on screen. The same model and the same ranking
// as the popup's own (src/core/ranking), which the popup still does where the user has imported digests.
import browser from 'webextension-polyfill';
import type { DatasetAsset } from '../core/dataset/asset';
import { bundledRanking, type PrebuiltRanking, type RankingModel, rankItems } from '../core/ranking';
import { pageInputOf } from '../messaging/page-input';
import type { PageReport, RankedRef } from '../messaging/protocol';
import { USER_DIGESTS_KEY } from '../user-digests';

/** As many as the popup ranks (popup/views/HomeView.tsx). */
const RANKED = 20;

let model: Promise<RankingModel> | undefined;

async function readJson<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The bundle's model, made once per worker from the files the popup reads. */
function bundledModel(): Promise<RankingModel> {
  model ??= Promise.all([
    readJson<DatasetAsset>('data/dataset.json'),
    readJson<PrebuiltRanking>('data/ranking.json'),
  ]).then(([asset, prebuilt]) => bundledRanking(asset, prebuilt).model());
  model.catch(() => {
    model = undefined;
  });
  return model;
}

/** The items for a page the popup shows items for; null where it ranks them itself or shows none. */
export async function rankForPopup(report: PageReport): Promise<RankedRef[] | null> {
  const { verdict } = report.analysis;
  if (verdict !== 'central' && verdict !== 'mentions') return null;
  const stored = (await browser.storage.local.get(USER_DIGESTS_KEY))[USER_DIGESTS_KEY];
  if (Array.isArray(stored) && stored.length > 0) return null;
  const ranked = rankItems(await bundledModel(), pageInputOf(report), { limit: RANKED });
  return ranked.map(({ item, ...score }) => ({ id: item.id, ...score }));
}
