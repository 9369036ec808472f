// A composed digest: what keeps a draft from export, and the digest it becomes, which imports with nothing lost.
import { describe, expect, it } from 'vitest';
import { parseUserFile } from '../../../src/core/dataset/user-import';
import { applyEdit, composeProblems, type Draft, digestOf, newDraft } from '../../../src/core/reading-log/compose';
import type { LogEntry } from '../../../src/core/reading-log/log';
import { exportText } from '../../../src/user-digests/export';

const entry = (url: string, title: string): LogEntry => ({
  url,
  title,
  outlet: null,
  published: '2024-01-20',
  entities: [
    { id: 'kaspi-kz', name: 'Kaspi.kz', count: 4 },
    { id: 'kazakhstan', name: 'Kazakhstan', count: 3 },
    { id: '#12', name: '#12', count: 1 },
  ],
  verdict: 'central',
  readAt: 1,
});

const SUMMARY =
  'The payments group from Almaty began trading in New York this week, and analysts weighed its quick growth at home against the risks of a market so close to Russia and a single economy.';

function written(): Draft {
  let draft = newDraft(
    [entry('https://a.example/1', 'Kaspi lists on Nasdaq'), entry('https://b.example/2', 'Kaspi trade begins')],
    'd1',
    '2024-01-26',
    0,
  );
  draft = applyEdit(draft, { field: 'publisher', value: 'Steppe Review Desk' });
  draft = applyEdit(draft, { field: 'title', value: 'Kaspi goes to New York' });
  for (const url of ['https://a.example/1', 'https://b.example/2']) {
    draft = applyEdit(draft, { url, field: 'outlet', value: 'Example Wire' });
    draft = applyEdit(draft, { url, field: 'summary', value: `  ${SUMMARY}\n` });
    draft = applyEdit(draft, { url, field: 'topics', value: ['finance', 'economy'] });
  }
  return draft;
}

describe('a draft', () => {
  it('starts from the pages: headline, date, named entities (not the subject, not an unnamed one)', () => {
    const draft = newDraft([entry('https://a.example/1', 'Kaspi lists on Nasdaq')], 'd1', '2024-01-26', 0);
    expect(draft.items[0]).toMatchObject({
      url: 'https://a.example/1',
      headline: 'Kaspi lists on Nasdaq',
      outlet: '',
      published: '2024-01-20',
      summary: '',
      entities: ['Kaspi.kz'],
    });
  });

  it('names every problem the dataset would refuse, item by item', () => {
    let draft = newDraft([entry('https://a.example/1', 'Kaspi lists on Nasdaq')], 'd1', '2024-01-10', 0);
    draft = applyEdit(draft, { url: 'https://a.example/1', field: 'summary', value: 'Too short.' });
    expect(composeProblems(draft)).toEqual([
      { kind: 'publisher' },
      { kind: 'outlet', item: 1 },
      { kind: 'summary', item: 1, words: 2 },
      { kind: 'topics', item: 1 },
      { kind: 'published-after', item: 1 },
    ]);
    expect(composeProblems(applyEdit(draft, { url: 'https://a.example/1', field: 'remove' }))).toContainEqual({
      kind: 'no-items',
    });
    expect(composeProblems(written())).toEqual([]);
  });

  it('keeps a reader from storing more than its bounds', () => {
    const draft = applyEdit(written(), { url: 'https://a.example/1', field: 'summary', value: 'word '.repeat(1000) });
    expect(draft.items[0].summary.length).toBe(1500);
  });
});

describe('the digest', () => {
  it('is in the dataset format, and another reader imports it with nothing lost', () => {
    const digest = digestOf(written());
    expect(digest).toMatchObject({
      id: 'steppe-review-desk-2024-01-26',
      month: '2024-01',
      title: 'Kaspi goes to New York',
      url: null,
    });
    expect(digest.items[0]).toMatchObject({ summary: SUMMARY, topics: ['economy', 'finance'], author: null });
    const imported = parseUserFile('kaspi.json', exportText([digest]));
    expect(imported.ok && imported.digests).toEqual([digest]);
  });

  it('has an id even when the publisher is written in another script', () => {
    const draft = applyEdit(written(), { field: 'publisher', value: 'Пресс-служба' });
    expect(digestOf(draft).id).toBe('digest-2024-01-26');
  });
});
