import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoMonth, toIsoDate } from '../../../src/core/dataset/dates';
import { validateDigest } from '../../../src/core/dataset/validate';
import { digest, item } from './fixtures';

const problemsOf = (input: unknown) => {
  const result = validateDigest(input, 'x.json');
  return result.ok ? [] : result.problems;
};

describe('digest schema', () => {
  it('accepts a well-formed digest and a Russian-language one', () => {
    expect(problemsOf(digest())).toEqual([]);
    expect(problemsOf(digest({ language: 'ru', date: null, month: null, url: null }))).toEqual([]);
  });

  it('names the field and the bad value', () => {
    expect(problemsOf(digest({}, [item(), item({ published: '2023-13-45' })]))).toEqual([
      'x.json.items[1].published: not a date: 2023-13-45',
    ]);
    expect(problemsOf(digest({ month: '2024-1' }))).toEqual(['x.json.month: not a month: 2024-1']);
    expect(problemsOf(digest({ date: '2023-02-29' }))).toEqual(['x.json.date: not a date: 2023-02-29']);
  });

  it('refuses missing and unknown fields, unknown topics, non-http addresses, empty summaries', () => {
    const { outlet: _outlet, ...noOutlet } = item();
    expect(problemsOf(digest({}, [noOutlet as never]))).toEqual(['x.json.items[0].outlet: missing field']);
    expect(problemsOf({ ...digest(), extra: 1 })).toEqual(['x.json.extra: unknown field: extra']);
    expect(problemsOf(digest({}, [item({ topics: ['weather' as never] })]))[0]).toMatch(
      /^x.json.items\[0\].topics\[0\]: unknown topic: weather/,
    );
    expect(problemsOf(digest({ url: 'ftp://example.com/x' }))).toEqual([
      'x.json.url: not an http(s) address: ftp://example.com/x',
    ]);
    expect(problemsOf(digest({}, [item({ summary: '   ' })]))).toEqual([
      'x.json.items[0].summary: summary must not be empty',
    ]);
    expect(problemsOf(digest({}, []))).toEqual(['x.json.items: a digest needs at least one item']);
    expect(problemsOf(digest({ id: 'Has Spaces' }))[0]).toMatch(/id must be lower-case kebab-case/);
  });
});

describe('dates', () => {
  it('accepts exactly the real calendar dates', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(isIsoDate(text)).toBe(true);
          expect(isIsoMonth(text.slice(0, 7))).toBe(true);
        },
      ),
    );
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(toIsoDate(2023, 11, 31)).toBeNull();
  });
});
