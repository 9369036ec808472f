// The ranking model's costly part, worked out at build time: each bundled item's terms, as indices into one
// sorted vocabulary. The popup turns it into the very model buildRankingModel would make, without reading
// a word of the items' text.
import type { AssetDigest, AssetItem, DatasetAsset } from '../dataset/asset';
import { bundledView, type DatasetView } from '../dataset/view';
import { assembleModel, buildRankingModel, type ModelInput, type RankingModel } from './model';
import { storyGroups } from './prebuilt-stories';
import type { EntityFacts } from './specificity';
import { documentTerms, type SparseVector, type TermStats } from './vectors';

/** An entity as the popup names it and the ranking weighs it. */
export interface EntityNote extends EntityFacts {
  name: string;
}

/** ranking.json */
export interface PrebuiltRanking {
  version: 1;
  /** Every term of every bundled item, sorted as Array.prototype.sort sorts strings. */
  terms: string[];
  /** Per item, in dataset order: its terms as vocabulary indices, sorted, repeats kept, each written as the
   *  difference from the one before (small numbers keep the file small). */
  items: number[][];
  /** The entities the bundled items name: [id, name, kind, strength]. */
  entities: [id: string, name: string, kind: string, strength: string][];
  /** The stories the items tell, as groups of item indices (prebuilt-stories.ts). */
  stories: number[][];
}

export const PREBUILT_VERSION = 1 as const;

export function prebuildRanking(
  items: readonly AssetItem[],
  digests: readonly AssetDigest[],
  note: (id: string) => EntityNote | undefined,
): PrebuiltRanking {
  const termLists = items.map((item) => documentTerms(item.headline, item.summary));
  const terms = [...new Set(termLists.flat())].sort();
  const position = new Map(terms.map((term, index) => [term, index]));
  const encoded = termLists.map((list) => {
    const indices = list.map((term) => position.get(term)!).sort((a, b) => a - b);
    return indices.map((index, at) => index - (at === 0 ? 0 : indices[at - 1]));
  });
  const entities: PrebuiltRanking['entities'] = [];
  for (const id of [...new Set(items.flatMap((item) => item.entityIds))].sort()) {
    const found = note(id);
    if (found) entities.push([id, found.name, found.kind, found.strength]);
  }
  const model = buildRankingModel({
    items,
    digestById: new Map(digests.map((digest) => [digest.id, digest])),
    facts: note,
  });
  return { version: PREBUILT_VERSION, terms, items: encoded, entities, stories: storyGroups(model) };
}

/** The entity notes of a prebuilt ranking, by id. */
export function entityNotes(prebuilt: PrebuiltRanking): Map<string, EntityNote> {
  return new Map(prebuilt.entities.map(([id, name, kind, strength]) => [id, { name, kind, strength }]));
}

/**
 * The model of exactly the bundled items the prebuilt ranking was made from (input.items in dataset order).
 * The same sums in the same order as vectorOf, so every weight comes out bit for bit the same. It runs
 * before the popup's first render: two passes over the numbers, and no array made that is not kept.
 */
export function modelFromPrebuilt(prebuilt: PrebuiltRanking, input: ModelInput): RankingModel {
  const { terms, items } = prebuilt;
  if (items.length !== input.items.length)
    throw new Error(`ranking.json has ${items.length} items, the dataset ${input.items.length}`);
  // Documents per term: an item counts once however often it repeats a term (a repeat has delta 0).
  const counts = new Array<number>(terms.length).fill(0);
  for (const deltas of items) {
    let index = 0;
    for (let at = 0; at < deltas.length; at++) {
      if (at > 0 && deltas[at] === 0) continue;
      index += deltas[at];
      counts[index]++;
    }
  }
  const df = new Map<string, number>();
  for (let index = 0; index < terms.length; index++) if (counts[index] > 0) df.set(terms[index], counts[index]);
  const stats: TermStats = { df, documents: items.length };
  const idfs = counts.map((count) => Math.log((stats.documents + 1) / (count + 0.5)));
  const vectors = items.map((deltas): SparseVector => {
    const vector: SparseVector = { terms: [], weights: [], norm: 0 };
    let sum = 0;
    let index = deltas.length > 0 ? deltas[0] : 0;
    for (let start = 0; start < deltas.length; ) {
      let end = start + 1;
      while (end < deltas.length && deltas[end] === 0) end++;
      const weight = (1 + Math.log(end - start)) * idfs[index];
      if (weight > 0) {
        vector.terms.push(terms[index]);
        vector.weights.push(weight);
        sum += weight * weight;
      }
      if (end < deltas.length) index += deltas[end];
      start = end;
    }
    vector.norm = Math.sqrt(sum);
    return vector;
  });
  return assembleModel(input, stats, vectors);
}

/** The bundle as the worker and the popup rank it: the dataset as views read it, the entities' notes, and
 *  the model, made when first asked for (the popup draws the worker's ranking without it). */
export function bundledRanking(
  asset: DatasetAsset,
  prebuilt: PrebuiltRanking,
): { dataset: DatasetView; note(id: string): EntityNote | undefined; model(): RankingModel } {
  const notes = entityNotes(prebuilt);
  const dataset = bundledView(asset);
  const note = (id: string) => notes.get(id);
  let model: RankingModel | undefined;
  return {
    dataset,
    note,
    model: () => {
      model ??= modelFromPrebuilt(prebuilt, { items: dataset.items, digestById: dataset.digestById, facts: note });
      return model;
    },
  };
}
