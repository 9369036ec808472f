// Small digests for the dataset tests, built from one template so each test states only what it changes.
import type { Digest, DigestItem } from '../../../src/core/dataset/schema';

const SUMMARY =
  'The outlet described a meeting between two governments on trade and transport links, noting agreements signed on logistics and energy and plans for more flights between the capitals in the coming year.';

export function item(overrides: Partial<DigestItem> = {}): DigestItem {
  return {
    headline: 'Kazakhstan and Italy sign new agreements',
    outlet: 'Reuters',
    published: '2024-01-10',
    author: null,
    summary: SUMMARY,
    entities: ['Kazakhstan', 'Italy'],
    topics: ['diplomacy'],
    url: null,
    ...overrides,
  };
}

export function digest(overrides: Partial<Digest> = {}, items: DigestItem[] = [item()]): Digest {
  return {
    id: 'astanatimes-2024-01-12',
    publisher: 'The Astana Times',
    date: '2024-01-12',
    month: '2024-01',
    url: 'https://astanatimes.com/2024/01/digest/',
    title: null,
    items,
    ...overrides,
  };
}

/** A resolver for tests: every name resolves to its kebab-case form, except those listed as unknown. */
export function fakeResolver(unknown: string[] = []): (name: string) => string | undefined {
  return (name) =>
    unknown.includes(name)
      ? undefined
      : name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
}
