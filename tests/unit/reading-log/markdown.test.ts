// A digest as Markdown: headings, linked headlines, and page text kept as text.
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../../src/core/dataset/schema';
import { digestMarkdown, escapeMarkdown } from '../../../src/core/reading-log/markdown';

const digest: Digest = {
  id: 'desk-2024-01-26',
  publisher: 'Steppe Review Desk',
  date: '2024-01-26',
  month: '2024-01',
  url: null,
  title: 'Kaspi goes to New York',
  items: [
    {
      headline: 'Kaspi *soars* [again]',
      outlet: 'Example Wire',
      published: '2024-01-20',
      author: null,
      summary: '# Not a heading, and <b>not bold</b>',
      entities: [],
      topics: ['finance'],
      url: 'https://news.example/a (b)',
    },
  ],
};

describe('Markdown', () => {
  it('gives the title, the byline, each headline linked, its outlet and date, and the summary', () => {
    expect(digestMarkdown(digest, (date) => date ?? '')).toBe(
      [
        '# Kaspi goes to New York',
        '',
        '*Steppe Review Desk · 2024-01-26*',
        '',
        '## [Kaspi \\*soars\\* \\[again\\]](https://news.example/a%20%28b%29)',
        '',
        '*Example Wire · 2024-01-20*',
        '',
        '\\# Not a heading, and \\<b\\>not bold\\</b\\>',
        '',
      ].join('\n'),
    );
  });

  it('escapes what would start a list or a quote', () => {
    expect(escapeMarkdown('- one')).toBe('\\- one');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
  });
});
