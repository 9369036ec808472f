// The prebuilt ranking (ranking.json) must give the very model the popup would build from the items' text.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetAsset } from '../../../src/core/dataset/asset';
import {
  buildRankingModel,
  entityNotes,
  groupStories,
  type ModelInput,
  modelFromPrebuilt,
  type PrebuiltRanking,
  prebuildRanking,
  rankItems,
  storiesOf,
} from '../../../src/core/ranking';
import { DIGESTS, facts, item, page } from './fixtures';

const GENERATED = new URL('../../../generated/public/data/', import.meta.url).pathname;

function expectSameModel(input: ModelInput, prebuilt: PrebuiltRanking) {
  // Through JSON, as the popup reads it.
  const fromFile = modelFromPrebuilt(JSON.parse(JSON.stringify(prebuilt)) as PrebuiltRanking, input);
  const fromText = buildRankingModel(input);
  expect(fromFile.entries).toEqual(fromText.entries);
  expect(fromFile.stats).toEqual(fromText.stats);
  for (const id of new Set(input.items.flatMap((entry) => entry.entityIds)))
    expect(fromFile.specificity(id)).toBe(fromText.specificity(id));
  expect(storiesOf(prebuilt.stories, input.items)).toEqual(groupStories(fromText));
}

describe('prebuilt ranking', () => {
  const items = [
    item('a', {
      headline: 'Tokayev visits Aktau port',
      summary: 'Sanctions, sanctions and the Middle Corridor’s ports.',
    }),
    item('b', {
      headline: null,
      summary: 'Ёлка и Астана: «Тоқаев» шығыс; ports, visited, 2024.',
      entityIds: ['tokayev'],
    }),
    item('c', { summary: '' }),
    // One story told twice: shared specific names, shared wording, days apart.
    item('d', {
      headline: 'Kazatomprom cuts uranium output forecast',
      summary: 'Kazatomprom lowered its uranium production guidance, citing sulphuric acid shortages.',
      outlet: 'Reuters',
      published: '2024-02-01',
      entityIds: ['kazatomprom', 'tokayev'],
    }),
    item('e', {
      headline: 'Uranium prices jump as Kazatomprom cuts output',
      summary: 'Kazatomprom warned of lower uranium production because of sulphuric acid shortages.',
      outlet: 'Bloomberg',
      published: '2024-02-03',
      entityIds: ['kazatomprom', 'tokayev'],
    }),
  ];
  const input: ModelInput = { items, digestById: new Map(DIGESTS.map((d) => [d.id, d])), facts };

  it('gives the same vectors, statistics and entity weights as the model built from the text', () => {
    expectSameModel(
      input,
      prebuildRanking(items, DIGESTS, (id) => ({ name: id, ...facts(id) })),
    );
  });

  it('groups the stories at build time as the popup would', () => {
    const prebuilt = prebuildRanking(items, DIGESTS, (id) => ({ name: id, ...facts(id) }));
    expect(storiesOf(prebuilt.stories, items)).toEqual([
      { id: 'd', itemIds: ['d', 'e'], outlets: ['Reuters', 'Bloomberg'] },
    ]);
  });

  it('names the entities the items name, with kind and strength', () => {
    const notes = entityNotes(
      prebuildRanking(items, DIGESTS, (id) => (facts(id) ? { name: `N ${id}`, ...facts(id) } : undefined)),
    );
    expect([...notes.keys()]).toEqual(['kazakhstan', 'kazatomprom', 'tokayev']);
    expect(notes.get('tokayev')).toEqual({ name: 'N tokayev', kind: 'person', strength: 'anchor' });
  });

  it('refuses a dataset it was not made from', () => {
    const prebuilt = prebuildRanking(items.slice(1), DIGESTS, () => undefined);
    expect(() => modelFromPrebuilt(prebuilt, input)).toThrow(/items/);
  });

  it.runIf(existsSync(`${GENERATED}ranking.json`))('matches the bundled dataset exactly', () => {
    const dataset = JSON.parse(readFileSync(`${GENERATED}dataset.json`, 'utf8')) as DatasetAsset;
    const prebuilt = JSON.parse(readFileSync(`${GENERATED}ranking.json`, 'utf8')) as PrebuiltRanking;
    const notes = entityNotes(prebuilt);
    const bundled: ModelInput = {
      items: dataset.items,
      digestById: new Map(dataset.digests.map((digest) => [digest.id, digest])),
      facts: (id) => notes.get(id),
    };
    expectSameModel(bundled, prebuilt);
    const reading = page({ headline: dataset.items[0].headline ?? '', text: dataset.items[0].summary });
    expect(rankItems(modelFromPrebuilt(prebuilt, bundled), reading)).toEqual(
      rankItems(buildRankingModel(bundled), reading),
    );
  });
});
