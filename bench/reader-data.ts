// What a heavy reader keeps in the browser, made from the bundled items for the popup benchmark: 50 digests
// of their own (10 items each, under new headlines so none merges with the bundle) and a reading log of
// 1,000 pages about the same stories.
import { readFileSync } from 'node:fs';
import type { DatasetAsset } from '../src/core/dataset/asset';
import type { Digest } from '../src/core/dataset/schema';
import type { PrebuiltRanking } from '../src/core/ranking';
import { LOG_LIMIT, type LogEntry, type ReadingLog } from '../src/core/reading-log/log';

const DATA = new URL('../generated/public/data/', import.meta.url).pathname;
export const USER_DIGESTS = 50;
const ITEMS_PER_DIGEST = 10;

function bundle() {
  const asset = JSON.parse(readFileSync(`${DATA}dataset.json`, 'utf8')) as DatasetAsset;
  const ranking = JSON.parse(readFileSync(`${DATA}ranking.json`, 'utf8')) as PrebuiltRanking;
  const names = new Map(ranking.entities.map(([id, name]) => [id, name]));
  return { items: asset.items, names };
}

export function userDigests(): Digest[] {
  const { items, names } = bundle();
  return Array.from({ length: USER_DIGESTS }, (_, n): Digest => {
    const day = String(1 + (n % 28)).padStart(2, '0');
    return {
      id: `reader-digest-${n}`,
      publisher: 'Bench Review Desk',
      date: `2025-0${1 + (n % 9)}-${day}`,
      month: `2025-0${1 + (n % 9)}`,
      url: null,
      title: `Weekly review ${n}`,
      items: Array.from({ length: ITEMS_PER_DIGEST }, (_, k) => {
        const item = items[(n * ITEMS_PER_DIGEST + k) % items.length];
        return {
          headline: `${item.headline ?? item.outlet} (review ${n}.${k})`,
          outlet: item.outlet,
          published: item.published,
          author: null,
          summary: item.summary,
          entities: item.entityIds.map((id) => names.get(id)).filter((name): name is string => !!name),
          topics: item.topics as Digest['items'][number]['topics'],
          url: null,
        };
      }),
    };
  });
}

export function readingLog(): ReadingLog {
  const { items, names } = bundle();
  const entries = Array.from({ length: LOG_LIMIT }, (_, n): LogEntry => {
    const item = items[n % items.length];
    return {
      url: `https://news.example/${n}`,
      title: `${item.headline ?? item.outlet}, as another outlet told it (${n})`,
      outlet: 'News Example',
      published: item.published,
      entities: item.entityIds.map((id) => ({ id, name: names.get(id) ?? id, count: 2 })),
      verdict: 'central',
      readAt: Date.UTC(2025, 0, 1) + n * 3_600_000,
    };
  });
  return { version: 1, entries, dropped: 0 };
}
