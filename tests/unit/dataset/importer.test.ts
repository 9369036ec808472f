import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDigestText } from '../../../src/core/dataset/importer';
import { findDigestDate, splitLayout } from '../../../src/core/dataset/importer-blocks';
import { dateNear, findAuthor, findOutlet } from '../../../src/core/dataset/importer-meta';

const SEED = readFileSync(new URL('../../../data/seeds/astana-times-digest-2023-11-10.txt', import.meta.url), 'utf8');

describe('importer on the seed', () => {
  const { digest, report } = importDigestText(SEED);

  it('reads the date, the publisher and the id', () => {
    expect(digest).toMatchObject({
      id: 'astanatimes-2023-11-10',
      publisher: 'The Astana Times',
      date: '2023-11-10',
      month: '2023-11',
    });
  });

  it('finds the three headings, outlets, dates and the author exactly', () => {
    expect(digest.items.map((it) => it.headline)).toEqual([
      "Kazakhstan's leader makes neutrality an art",
      "Russia's Putin talks wheat, fertilizer and logistics in Kazakhstan",
      'Kazakhstan ready to transport eastward more Russian gas, oil',
    ]);
    expect(digest.items.map((it) => it.outlet)).toEqual(['Foreign Policy', 'Reuters', 'Euractiv']);
    expect(digest.items.map((it) => it.published)).toEqual(['2023-11-07', null, '2023-11-08']);
    expect(digest.items.map((it) => it.author)).toEqual(["Lynne O'Donnell", null, null]);
  });

  it('leaves summaries and entities empty without keepText and a tagger, and reports the missing date', () => {
    expect(digest.items.every((it) => it.summary === '' && it.entities.length === 0)).toBe(true);
    expect(digest.items.every((it) => it.topics.length > 0)).toBe(true);
    expect(report.unresolved).toEqual([
      'item 1 ("Russia\'s Putin talks wheat, fertilizer and logistics in Kazakhstan"): the outlet\'s date is not stated',
    ]);
  });

  it('keeps the paragraphs with keepText and calls the tagger', () => {
    const tagged = importDigestText(SEED, {
      keepText: true,
      tagEntities: (text) => (text.includes('Tokayev') ? ['Tokayev', 'Tokayev'] : []),
    });
    const [first] = tagged.digest.items;
    expect(first.summary.split('\n\n')).toHaveLength(4);
    expect(first.summary).toContain("As Lynne O'Donnell states");
    expect(first.entities).toEqual(['Tokayev']);
  });
});

describe('importer parts', () => {
  it('reads digest dates in several spellings', () => {
    expect(findDigestDate(['ASTANA, November 10, 2023 – text'])).toBe('2023-11-10');
    expect(findDigestDate(['10 Nov. 2023'])).toBe('2023-11-10');
    expect(findDigestDate(['Published 05.01.2024'])).toBe('2024-01-05');
    expect(findDigestDate(['no date here'])).toBeNull();
  });

  it('puts a December article reviewed in January in the previous year', () => {
    expect(dateNear('Dec. 28', '2024-01-05')).toBe('2023-12-28');
    expect(dateNear('Jan. 3', '2024-01-05')).toBe('2024-01-03');
    expect(dateNear('March 3, 2022', null)).toBe('2022-03-03');
    expect(dateNear('Nov. 7', null)).toBeNull();
  });

  it('finds outlets in the usual phrasings', () => {
    expect(findOutlet(['In an article for China Daily, the president wrote about ties.'], null).outlet).toBe(
      'China Daily',
    );
    expect(findOutlet(['The Times of Central Asia reported on Feb. 12 that the vote is set.'], '2026-02-13')).toEqual({
      outlet: 'The Times of Central Asia',
      published: '2026-02-12',
    });
    expect(findOutlet(['Kazakhstan will host the games, writes Euronews.'], null).outlet).toBe('Euronews');
    expect(findOutlet(['President Tokayev reported progress.'], null).outlet).toBeNull();
    expect(findOutlet(['Reuters Tuesday said so, reported Reuters Tuesday.'], null, ['Reuters']).outlet).toBe(
      'Reuters',
    );
  });

  it('finds authors and ignores officials', () => {
    expect(findAuthor(['As Kamran Bokhari writes, the region matters.'], null)).toBe('Kamran Bokhari');
    expect(findAuthor(['The op-ed by Ariel Cohen looks at energy.'], null)).toBe('Ariel Cohen');
    expect(findAuthor(['As President Tokayev noted, reforms go on.'], null)).toBeNull();
  });

  it('does not take a short line followed by another short line for a heading', () => {
    const layout = splitLayout(
      'Intro line with a date 2024-01-05.\n\nHeading one\n\nParagraph one.\n\nShort line in a paragraph\nHeading two\nA paragraph.',
    );
    expect(layout.items.map((it) => it.heading)).toEqual(['Heading one', 'Heading two']);
    expect(layout.items[0].paragraphs).toEqual(['Paragraph one.', 'Short line in a paragraph']);
  });
});
