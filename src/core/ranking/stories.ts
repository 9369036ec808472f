// Groups items into stories: items that share specific names within a few weeks are one story told twice.
import { daysApart } from './dates';
import type { ItemEntry, RankingModel } from './model';
import { cosine } from './vectors';

export interface Story {
  /** The id of the story's earliest item. */
  id: string;
  /** Earliest first; undated items last. */
  itemIds: string[];
  outlets: string[];
}

export interface StoryOptions {
  /** Two items this many days apart or more are not one story (default 21). */
  windowDays?: number;
  /** A story spans at most this many days, so a chain of links cannot swallow a season (default 45). */
  maxSpanDays?: number;
  /** Least summed specificity of the names two items share (default 0.4). */
  minShared?: number;
  /** Least wording similarity, beside the shared names (default 0.12). */
  minWording?: number;
}

interface Link {
  a: number;
  b: number;
  strength: number;
}

function sharedWeight(model: RankingModel, a: ItemEntry, b: ItemEntry): number {
  let sum = 0;
  for (const id of a.entityIds) if (b.entityIds.has(id)) sum += model.specificity(id);
  return sum;
}

export const STORY_DEFAULTS: Required<StoryOptions> = {
  windowDays: 21,
  maxSpanDays: 45,
  minShared: 0.4,
  minWording: 0.12,
};

/** How strongly two entries tell one story; null when they do not (too far apart, too little shared). */
export function linkStrength(
  model: RankingModel,
  a: ItemEntry,
  b: ItemEntry,
  options: Required<StoryOptions> = STORY_DEFAULTS,
): number | null {
  const dated = a.day !== null && b.day !== null;
  if (dated && daysApart(a.day!, b.day!) >= options.windowDays) return null;
  const shared = sharedWeight(model, a, b);
  if (shared < options.minShared) return null;
  const wording = cosine(a.vector, b.vector);
  // Without dates only a close retelling is trusted to be the same story.
  if (wording < (dated ? options.minWording : options.minWording * 3)) return null;
  return shared * (0.5 + wording);
}

function linkOf(model: RankingModel, options: Required<StoryOptions>, i: number, j: number): Link | null {
  const strength = linkStrength(model, model.entries[i], model.entries[j], options);
  return strength === null ? null : { a: i, b: j, strength };
}

function candidateLinks(model: RankingModel, options: Required<StoryOptions>): Link[] {
  const links: Link[] = [];
  const push = (link: Link | null) => link && links.push(link);
  const dated: number[] = [];
  const undated: number[] = [];
  for (const [index, entry] of model.entries.entries()) (entry.day ? dated : undated).push(index);
  const dayOf = (index: number) => model.entries[index].day!;
  dated.sort((x, y) => dayOf(x).day - dayOf(y).day);
  // Sorted by day, each item need only meet those that follow within the window (slack included).
  const reach = options.windowDays + 2 * 45;
  for (let x = 0; x < dated.length; x++) {
    for (let y = x + 1; y < dated.length && dayOf(dated[y]).day - dayOf(dated[x]).day < reach; y++) {
      push(linkOf(model, options, dated[x], dated[y]));
    }
  }
  for (const u of undated)
    for (let other = 0; other < model.entries.length; other++) {
      if (other !== u && (model.entries[other].day || other > u)) push(linkOf(model, options, u, other));
    }
  return links.sort((p, q) => q.strength - p.strength || p.a - q.a || p.b - q.b);
}

export function groupStories(model: RankingModel, options: StoryOptions = {}): Story[] {
  const settings: Required<StoryOptions> = { ...STORY_DEFAULTS, ...options };
  const { entries } = model;
  const parent = entries.map((_, index) => index);
  const span = entries.map((entry) => (entry.day ? [entry.day.day, entry.day.day] : null));
  const root = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]];
      index = parent[index];
    }
    return index;
  };
  for (const link of candidateLinks(model, settings)) {
    const [ra, rb] = [root(link.a), root(link.b)];
    if (ra === rb) continue;
    const [sa, sb] = [span[ra], span[rb]];
    const merged = sa && sb ? [Math.min(sa[0], sb[0]), Math.max(sa[1], sb[1])] : (sa ?? sb);
    if (merged && merged[1] - merged[0] > settings.maxSpanDays) continue;
    parent[rb] = ra;
    span[ra] = merged;
  }
  const groups = new Map<number, ItemEntry[]>();
  entries.forEach((entry, index) => {
    const group = groups.get(root(index)) ?? [];
    group.push(entry);
    groups.set(root(index), group);
  });
  const stories: Story[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((x, y) => (x.day?.day ?? Number.POSITIVE_INFINITY) - (y.day?.day ?? Number.POSITIVE_INFINITY));
    stories.push({
      id: group[0].item.id,
      itemIds: group.map((entry) => entry.item.id),
      outlets: [...new Set(group.map((entry) => entry.item.outlet))],
    });
  }
  return stories;
}

/** Story of each item id, for lookups from a ranked list. */
export function storyIndex(stories: readonly Story[]): Map<string, Story> {
  const index = new Map<string, Story>();
  for (const story of stories) for (const id of story.itemIds) index.set(id, story);
  return index;
}
