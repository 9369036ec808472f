// Stories of the bundled items, grouped at build time: grouping compares every pair of items within weeks,
// tens of milliseconds the popup would otherwise spend just after its first render.
import type { AssetItem } from '../dataset/asset';
import type { RankingModel } from './model';
import { groupStories, type Story } from './stories';

/** Each story as the dataset indices of its items, in groupStories' order (earliest first). */
export function storyGroups(model: RankingModel): number[][] {
  const position = new Map(model.entries.map((entry, index) => [entry.item.id, index]));
  return groupStories(model).map((story) => story.itemIds.map((id) => position.get(id)!));
}

/** The stories groupStories would give for the items the groups were made from. */
export function storiesOf(groups: readonly (readonly number[])[], items: readonly AssetItem[]): Story[] {
  return groups.map((group) => {
    const members = group.map((index) => items[index]);
    return {
      id: members[0].id,
      itemIds: members.map((item) => item.id),
      outlets: [...new Set(members.map((item) => item.outlet))],
    };
  });
}
