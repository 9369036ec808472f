// The worker's reading of a page: names found once in the whole text, then judged by the section they
// stand in; text the page adds later counts as body.
import { describe, expect, it } from 'vitest';
import { readMore, readText, type Span } from '../../../src/core/engine/reading';
import { sampleMatcher } from './sample-kb';

const matcher = sampleMatcher();
const filler = (words: number) => Array.from({ length: words }, () => 'steady').join(' ');

/** A page's text as the content script joins it, and where its parts lie. */
function page(headline: string, lede: string, body: string, before = 'Menu Kazakhstan news\n') {
  const text = `${before}${headline}\n${lede}\n${body}`;
  const at = (part: string): Span => [text.indexOf(part), text.indexOf(part) + part.length];
  return { text, article: at(`${headline}\n${lede}\n${body}`), headline: at(headline), lede: at(lede) };
}

describe('readText', () => {
  it('judges each name by the section it stands in and ignores names outside the article', () => {
    const parts = page('Tokayev visits Almaty', 'Tokayev arrived in Almaty.', `${filler(400)} Kazakhstan Almaty`);
    const reading = readText(matcher, {
      ...parts,
      title: 'Tokayev visits Almaty\nTokayev visits Almaty',
      url: 'https://a.example/',
    });
    const where = (id: string) => reading.analysis.findings.find((finding) => finding.id === id)?.where;
    expect(where('tokayev')).toEqual({ title: 2, lede: 1, body: 0 });
    expect(where('almaty')).toEqual({ title: 2, lede: 1, body: 1 });
    // The menu's Kazakhstan is outside the article: found, but not judged.
    expect(where('kazakhstan')).toEqual({ title: 0, lede: 0, body: 1 });
    expect(reading.mentions.map((m) => parts.text.slice(m.start, m.end))).toEqual([
      'Kazakhstan',
      'Tokayev',
      'Almaty',
      'Tokayev',
      'Almaty',
      'Kazakhstan',
      'Almaty',
    ]);
    // Density counts the article's words: headline 3, lede 4, body 402.
    expect(reading.analysis.words).toBe(409);
  });

  it('reads the whole text as the body when the page has no article', () => {
    const text = `${filler(100)} Kazakhstan ${filler(100)}`;
    const reading = readText(matcher, {
      text,
      title: '',
      url: 'https://a.example/',
      article: null,
      headline: null,
      lede: null,
    });
    expect(reading.sections.body).toHaveLength(1);
    expect(reading.analysis.verdict).toBe('mentions');
  });
});

describe('readMore', () => {
  it('finds names in each added text, by its own offsets, and judges them with the body so far', () => {
    const first = readText(matcher, {
      text: `${filler(50)} Kazakhstan`,
      title: '',
      url: 'https://a.example/',
      article: null,
      headline: null,
      lede: null,
    });
    const more = readMore(matcher, {
      texts: ['Tokayev spoke.', 'Nothing here.', 'Almaty and Astana'],
      sections: first.sections,
      words: first.analysis.words,
      url: 'https://a.example/',
    });
    expect(more.found.map((mentions) => mentions.map((m) => [m.start, m.end]))).toEqual([
      [[0, 7]],
      [],
      [
        [0, 6],
        [11, 17],
      ],
    ]);
    expect(more.analysis.findings.map((finding) => finding.id).sort()).toEqual([
      'almaty',
      'astana',
      'kazakhstan',
      'tokayev',
    ]);
    expect(more.analysis.words).toBeGreaterThan(first.analysis.words);
  });
});
