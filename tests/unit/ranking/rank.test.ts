// Ranking digest items for a page: specific names and wording first, the reviewed article on top, weak matches out.
import { describe, expect, it } from 'vitest';
import { rankItems } from '../../../src/core/ranking';
import { item, model, page } from './fixtures';

const ITEMS = [
  item('uranium', {
    headline: 'Kazatomprom lifts uranium output',
    summary: 'The miner raised uranium production at its deposits and expects higher prices for nuclear fuel.',
    entityIds: ['kazakhstan', 'kazatomprom'],
    topics: ['mining', 'energy'],
  }),
  item('ports', {
    outlet: 'The Diplomat',
    headline: 'Aktau port grows on the Middle Corridor',
    summary: 'Container traffic through Aktau rose as shippers used the Middle Corridor to avoid Russia.',
    entityIds: ['kazakhstan', 'aktau', 'middle-corridor', 'russia'],
    topics: ['transport'],
  }),
  item('visit', {
    headline: 'Putin visits Astana',
    summary: 'Tokayev and Putin discussed gas transit and grain during the visit.',
    entityIds: ['kazakhstan', 'tokayev', 'putin', 'russia'],
    topics: ['diplomacy', 'energy'],
  }),
  item('weather', { headline: 'A quiet week', summary: 'Nothing happened in the markets this week.' }),
];
const m = model(ITEMS);

describe('rankItems', () => {
  it('puts the item that shares the page’s specific names and wording first', () => {
    const ranked = rankItems(
      m,
      page({
        headline: 'Uranium miner expands production',
        text: 'Kazatomprom said uranium output at its deposits would rise again next year.',
        entities: [
          { id: 'kazatomprom', count: 2 },
          { id: 'kazakhstan', count: 1 },
        ],
      }),
    );
    expect(ranked[0].item.id).toBe('uranium');
    expect(ranked[0].reasons).toContainEqual(expect.objectContaining({ kind: 'entity', id: 'kazatomprom' }));
    expect(ranked.map((r) => r.item.id)).not.toContain('weather');
  });

  it('weighs a shared Kazakh name above a shared foreign one', () => {
    const ranked = rankItems(
      m,
      page({
        headline: 'Leaders meet',
        text: 'Officials met.',
        entities: [
          { id: 'tokayev', count: 1 },
          { id: 'russia', count: 1 },
        ],
      }),
    );
    expect(ranked[0].item.id).toBe('visit');
  });

  it('puts the reviewed article first by address, whatever else scores higher', () => {
    const withUrl = [
      ...ITEMS,
      item('linked', { url: 'https://www.news.example/a/123/?utm_source=x', summary: 'Other.' }),
    ];
    const ranked = rankItems(
      model(withUrl),
      page({
        url: 'https://news.example/a/123',
        headline: 'Kazatomprom lifts uranium output',
        text: 'The miner raised uranium production at its deposits.',
        entities: [{ id: 'kazatomprom', count: 3 }],
      }),
    );
    expect(ranked[0].item.id).toBe('linked');
    expect(ranked[0].reviewed).toBe(true);
    expect(ranked[0].reasons[0]).toEqual({ kind: 'article', via: 'url' });
  });

  it('recognises the reviewed article by outlet and headline', () => {
    const ranked = rankItems(
      m,
      page({ headline: 'Aktau Port Grows on the Middle Corridor', outlet: 'the diplomat', text: 'Shipping news.' }),
    );
    expect(ranked[0]).toMatchObject({ reviewed: true, item: { id: 'ports' } });
  });

  it('does not call a same-headline item from another outlet the reviewed article', () => {
    const ranked = rankItems(m, page({ headline: 'Aktau port grows on the Middle Corridor', outlet: 'Reuters' }));
    expect(ranked.every((r) => !r.reviewed)).toBe(true);
  });

  it('prefers, between equal matches, the item published closer to the page', () => {
    const twins = [
      item('early', {
        published: '2023-01-01',
        headline: 'Uranium output',
        summary: 'Kazatomprom uranium output.',
        entityIds: ['kazatomprom'],
      }),
      item('late', {
        published: '2024-03-02',
        headline: 'Uranium output',
        summary: 'Kazatomprom uranium output.',
        entityIds: ['kazatomprom'],
      }),
    ];
    const ranked = rankItems(
      model(twins),
      page({
        headline: 'Uranium output',
        text: 'Kazatomprom uranium output.',
        published: '2024-03-05',
        entities: [{ id: 'kazatomprom', count: 1 }],
      }),
    );
    expect(ranked.map((r) => r.item.id)).toEqual(['late', 'early']);
    expect(ranked[0].reasons).toContainEqual({ kind: 'date', days: 3 });
  });

  it('does not match items on the subject alone', () => {
    const ranked = rankItems(
      model([...ITEMS, item('only-subject', { summary: 'Dogs and horses.', entityIds: ['kazakhstan'] })]),
      page({ headline: 'Grain prices', text: 'Wheat prices fell.', entities: [{ id: 'kazakhstan', count: 1 }] }),
    );
    expect(ranked).toEqual([]);
  });

  it('returns nothing for a page that shares nothing', () => {
    expect(rankItems(m, page({ headline: 'Gardening tips', text: 'Water tomatoes in the morning.' }))).toEqual([]);
  });

  it('respects the limit', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      item(`i${i}`, { summary: `Kazatomprom uranium report number ${i}.`, entityIds: ['kazatomprom'] }),
    );
    // Unrelated items keep Kazatomprom a rare name, as it is in the real digests.
    const others = Array.from({ length: 60 }, (_, i) => item(`o${i}`, { summary: `Weather note ${i}.` }));
    const ranked = rankItems(
      model([...many, ...others]),
      page({ headline: 'Uranium report', text: 'Kazatomprom uranium', entities: [{ id: 'kazatomprom', count: 1 }] }),
      { limit: 5 },
    );
    expect(ranked).toHaveLength(5);
  });
});
