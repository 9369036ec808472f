// "Related coverage": the stories the best-matching items belong to, when more than one outlet told them.
import type { RankedItem } from './rank';
import type { Story } from './stories';

export interface RelatedOptions {
  /** Look at the stories of this many top items (default 5). */
  fromTop?: number;
  /** Show at most this many stories (default 3). */
  maxStories?: number;
}

/** Stories in the order their best item ranks; only those told by two outlets or more. */
export function relatedCoverage(
  ranked: readonly RankedItem[],
  storyOf: ReadonlyMap<string, Story>,
  options: RelatedOptions = {},
): Story[] {
  const { fromTop = 5, maxStories = 3 } = options;
  const chosen: Story[] = [];
  for (const { item } of ranked.slice(0, fromTop)) {
    const story = storyOf.get(item.id);
    if (!story || story.outlets.length < 2 || chosen.includes(story)) continue;
    chosen.push(story);
    if (chosen.length === maxStories) break;
  }
  return chosen;
}
