// Ranks every digest item for a page: the reviewed article first, then by score, weak matches left out.
import type { AssetItem } from '../dataset/asset';
import type { RankingModel } from './model';
import { type PageInput, profilePage } from './page';
import { type ItemScore, SHOWN_WORDING, scoreItem } from './score';

export interface RankedItem extends ItemScore {
  item: AssetItem;
}

export interface RankOptions {
  /** At most this many items (default 20). */
  limit?: number;
  /** Items scoring below this are not shown as matches (default 0.1). */
  minScore?: number;
}

/** An item earns its place by specific shared names, by real shared wording, or by some of both;
 *  never by topic or date alone, nor by one city named in passing. */
function earned({ reviewed, parts }: ItemScore): boolean {
  if (reviewed || parts.wording >= SHOWN_WORDING || parts.entities >= 0.4) return true;
  return parts.entities >= 0.2 && parts.wording >= 0.08;
}

export function rankItems(model: RankingModel, page: PageInput, options: RankOptions = {}): RankedItem[] {
  const { limit = 20, minScore = 0.1 } = options;
  const profile = profilePage(model, page);
  const ranked: RankedItem[] = [];
  for (const entry of model.entries) {
    const result = scoreItem(profile, entry);
    if (!result.reviewed && (result.score < minScore || !earned(result))) continue;
    ranked.push({ item: entry.item, ...result });
  }
  ranked.sort(
    (a, b) =>
      Number(b.reviewed) - Number(a.reviewed) ||
      b.score - a.score ||
      (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
  );
  return ranked.slice(0, limit);
}
