// The log by story: pages join the digests' story they tell, an item counts the other reports read, and pages
// that join no item are grouped among themselves by the same links.
import { describe, expect, it } from 'vitest';
import { groupStories, storyIndex } from '../../../src/core/ranking';
import type { LogEntry } from '../../../src/core/reading-log/log';
import { entriesNear, readingByStory } from '../../../src/core/reading-log/stories';
import { item, model } from '../ranking/fixtures';

const uranium = { entityIds: ['kazatomprom', 'kazakhstan'], published: '2024-03-01' };
const items = [
  item('reuters', { ...uranium, headline: 'Kazatomprom cuts uranium output forecast', outlet: 'Reuters' }),
  item('ft', {
    ...uranium,
    headline: 'Uranium price jumps as Kazatomprom trims output',
    outlet: 'Financial Times',
    url: 'https://ft.example/uranium',
  }),
  item('corridor', {
    entityIds: ['middle-corridor', 'aktau'],
    headline: 'Middle Corridor freight grows through Aktau',
    published: '2024-06-01',
  }),
];
const built = model(items);
const storyOf = storyIndex(groupStories(built));

const read = (url: string, title: string, ids: string[], day: string, readAt: number): LogEntry => ({
  url,
  title,
  outlet: null,
  published: day,
  entities: ids.map((id) => ({ id, name: id, count: 3 })),
  verdict: 'central',
  readAt,
});

const pages = [
  read(
    'https://a.example/1',
    'Kazatomprom lowers its uranium output forecast',
    ['kazatomprom', 'kazakhstan'],
    '2024-03-02',
    1,
  ),
  read(
    'https://ft.example/uranium',
    'Uranium price jumps as Kazatomprom trims output',
    ['kazatomprom'],
    '2024-03-01',
    2,
  ),
  read('https://b.example/2', 'Tokayev meets Putin in Moscow on gas pipeline', ['tokayev', 'putin'], '2024-08-01', 3),
  read('https://c.example/3', 'Tokayev and Putin agree on gas pipeline route', ['tokayev', 'putin'], '2024-08-03', 4),
  read('https://d.example/4', 'A page about nothing shared', ['kazakhstan'], '2024-09-01', 5),
];

describe('the log by story', () => {
  it('joins pages to the digests’ story they tell, and counts for each item the reports besides its own', () => {
    expect(storyOf.get('reuters')?.itemIds).toEqual(['reuters', 'ft']);
    const grouped = readingByStory(built, storyOf, pages);
    const joined = grouped.stories.find((story) => story.itemIds.length > 0);
    expect(joined?.itemIds).toEqual(['reuters', 'ft']);
    expect(joined?.entries.map((entry) => entry.url)).toEqual(['https://ft.example/uranium', 'https://a.example/1']);
    // The FT's own article is not another report of the FT's item.
    expect(grouped.othersRead('reuters')).toBe(2);
    expect(grouped.othersRead('ft')).toBe(1);
    expect(grouped.othersRead('corridor')).toBe(0);
  });

  it('groups the pages no item tells by the same links, and leaves a page alone that shares nothing', () => {
    const grouped = readingByStory(built, storyOf, pages);
    const own = grouped.stories.find((story) => story.itemIds.length === 0);
    expect(own?.entries.map((entry) => entry.url)).toEqual(['https://c.example/3', 'https://b.example/2']);
    expect(grouped.alone.map((entry) => entry.url)).toEqual(['https://d.example/4']);
    // Stories come latest read first.
    expect(grouped.stories[0]).toBe(own);
  });

  it('narrows the log to the pages that share a specific name with the items shown', () => {
    expect(entriesNear(built, pages, ['reuters']).map((entry) => entry.url)).toEqual([
      'https://a.example/1',
      'https://ft.example/uranium',
    ]);
  });
});
