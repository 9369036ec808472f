// The reading log as data: one entry per address, bounded fields, the limit, forgetting, exclusion by site.
import { describe, expect, it } from 'vitest';
import {
  asLog,
  EMPTY_LOG,
  entryOf,
  forget,
  forgetSite,
  isExcluded,
  type LogEntry,
  record,
  siteOf,
} from '../../../src/core/reading-log/log';

const page = (url: string, title = 'A page') => ({
  url,
  title,
  outlet: 'Example Wire',
  published: '2024-01-22',
  entities: [
    { id: 'nasdaq', name: 'Nasdaq', count: 1 },
    { id: 'kaspi-kz', name: 'Kaspi.kz', count: 4 },
    { id: 'unused', name: 'Unused', count: 0 },
  ],
});

const entry = (n: number): LogEntry => entryOf(page(`https://news.example/${n}`, `Page ${n}`), n);

describe('an entry', () => {
  it('keeps the address without its fragment, the facts, the names by count, the verdict and the time', () => {
    expect(entryOf(page('https://news.example/a#comments'), 42)).toEqual({
      url: 'https://news.example/a',
      title: 'A page',
      outlet: 'Example Wire',
      published: '2024-01-22',
      entities: [
        { id: 'kaspi-kz', name: 'Kaspi.kz', count: 4 },
        { id: 'nasdaq', name: 'Nasdaq', count: 1 },
      ],
      verdict: 'central',
      readAt: 42,
    });
  });

  it('bounds what a page can make it hold', () => {
    const huge = entryOf(
      {
        ...page(`https://news.example/${'a'.repeat(5000)}`, 'T'.repeat(5000)),
        published: 'yesterday',
        entities: Array.from({ length: 100 }, (_, n) => ({ id: `e${n}`, name: 'N'.repeat(500), count: 1 })),
      },
      1,
    );
    expect(huge.url.length).toBe(2000);
    expect(huge.title.length).toBe(300);
    expect(huge.published).toBeNull();
    expect(huge.entities.length).toBe(30);
    expect(huge.entities[0].name.length).toBe(120);
    expect(JSON.stringify(huge).length).toBeLessThan(7000);
  });
});

describe('the log', () => {
  it('records the newest last, and an address read again moves up instead of standing twice', () => {
    let log = record(record(record(EMPTY_LOG, entry(1)), entry(2)), entry(3));
    log = record(log, { ...entry(1), readAt: 9 });
    expect(log.entries.map((e) => [e.url, e.readAt])).toEqual([
      ['https://news.example/2', 2],
      ['https://news.example/3', 3],
      ['https://news.example/1', 9],
    ]);
  });

  it('at its limit forgets the oldest and counts them, so the reader can be told', () => {
    let log = EMPTY_LOG;
    for (let n = 1; n <= 5; n++) log = record(log, entry(n), 3);
    expect(log.entries.map((e) => e.readAt)).toEqual([3, 4, 5]);
    expect(log.dropped).toBe(2);
  });

  it('forgets one address, or every page of a site and its subdomains', () => {
    let log = EMPTY_LOG;
    for (const url of ['https://www.news.example/a', 'https://m.news.example/b', 'https://other.example/c'])
      log = record(log, entryOf(page(url), 1));
    expect(forget(log, 'https://other.example/c').entries.length).toBe(2);
    expect(forgetSite(log, 'news.example').entries.map((e) => e.url)).toEqual(['https://other.example/c']);
  });

  it('reads anything stored that is not a log as an empty one', () => {
    expect(asLog(undefined)).toEqual(EMPTY_LOG);
    expect(asLog({ version: 2, entries: [] })).toEqual(EMPTY_LOG);
    expect(asLog([1, 2])).toEqual(EMPTY_LOG);
  });
});

describe('sites', () => {
  it('are hosts in lower case without "www.", and exclusion covers subdomains only', () => {
    expect(siteOf('https://WWW.Example.com:8080/a?b#c')).toBe('example.com');
    expect(siteOf('about:blank')).toBeNull();
    expect(isExcluded('https://news.example.com/a', ['example.com'])).toBe(true);
    expect(isExcluded('https://notexample.com/a', ['example.com'])).toBe(false);
  });
});
