// Grouping items into stories and choosing the related coverage for a page.
import { describe, expect, it } from 'vitest';
import { groupStories, rankItems, relatedCoverage, storyIndex } from '../../../src/core/ranking';
import { item, model, page } from './fixtures';

const visit = (id: string, outlet: string, published: string | null, digests = ['d1']) =>
  item(id, {
    outlet,
    published,
    digests,
    headline: `Putin and Tokayev discuss gas transit (${outlet})`,
    summary: 'Putin visited Astana; Tokayev and Putin agreed on gas transit to China and grain sales.',
    entityIds: ['kazakhstan', 'tokayev', 'putin', 'russia', 'china'],
  });

describe('groupStories', () => {
  it('groups retellings of one story by several outlets within a few weeks, earliest first', () => {
    const stories = groupStories(
      model([
        visit('b', 'Euractiv', '2024-03-08'),
        visit('a', 'Reuters', '2024-03-01'),
        visit('c', 'TASS', '2024-03-12'),
      ]),
    );
    expect(stories).toHaveLength(1);
    expect(stories[0].itemIds).toEqual(['a', 'b', 'c']);
    expect(stories[0].outlets).toEqual(['Reuters', 'Euractiv', 'TASS']);
  });

  it('keeps apart the same names months apart', () => {
    expect(groupStories(model([visit('a', 'Reuters', '2024-03-01'), visit('b', 'Euractiv', '2024-07-01')]))).toEqual(
      [],
    );
  });

  it('keeps apart items that share only the subject and a country', () => {
    const stories = groupStories(
      model([
        item('x', { entityIds: ['kazakhstan', 'russia'], summary: 'Wheat harvest news.' }),
        item('y', { entityIds: ['kazakhstan', 'russia'], summary: 'Wheat harvest news again.', outlet: 'TASS' }),
      ]),
    );
    expect(stories).toEqual([]);
  });

  it('does not let a chain of links stretch a story past its span', () => {
    const chain = ['2024-01-01', '2024-01-15', '2024-01-29', '2024-02-12', '2024-02-26'].map((date, i) =>
      visit(`c${i}`, `Outlet ${i}`, date),
    );
    for (const story of groupStories(model(chain))) expect(story.itemIds.length).toBeLessThan(5);
  });

  it('uses a digest date when the outlet gave none', () => {
    const stories = groupStories(model([visit('a', 'Reuters', '2024-03-01'), visit('b', 'TASS', null)]));
    expect(stories[0]?.itemIds).toEqual(['a', 'b']);
  });
});

describe('relatedCoverage', () => {
  const items = [
    visit('a', 'Reuters', '2024-03-01'),
    visit('b', 'Euractiv', '2024-03-05'),
    item('solo', { summary: 'Putin gas transit grain.', entityIds: ['putin'], published: '2022-01-01' }),
  ];
  const m = model(items);
  const storyOf = storyIndex(groupStories(m));

  it('shows the story of the best items when two outlets told it', () => {
    const ranked = rankItems(
      m,
      page({
        text: 'Putin and Tokayev agreed on gas transit.',
        entities: [
          { id: 'putin', count: 2 },
          { id: 'tokayev', count: 1 },
        ],
      }),
    );
    const related = relatedCoverage(ranked, storyOf);
    expect(related).toHaveLength(1);
    expect(related[0].outlets).toEqual(['Reuters', 'Euractiv']);
  });

  it('shows nothing when no ranked item has a story', () => {
    expect(relatedCoverage([], storyOf)).toEqual([]);
  });
});
