import { describe, expect, it } from 'vitest';
import { analysePage, isHighlighted } from '../../../src/core/engine';
import { sampleMatcher } from './sample-kb';

const matcher = sampleMatcher();
const filler = (words: number) =>
  Array.from({ length: words }, (_, i) => (i % 12 === 11 ? 'markets.' : 'steady')).join(' ');

describe('verdict', () => {
  it('calls a page with the name in the title and throughout the text central', () => {
    const analysis = analysePage(matcher, {
      url: 'https://news.example.com/a',
      title: 'Tokayev opens the Astana International Forum',
      lede: 'Kassym-Jomart Tokayev opened the forum in Astana on Thursday.',
      body: `${filler(150)} Kazakhstan ${filler(100)} Tokayev said Almaty ${filler(100)} Kazakhstan`,
    });
    expect(analysis.verdict).toBe('central');
    expect(analysis.score).toBeGreaterThan(0.5);
    const tokayev = analysis.findings.find((finding) => finding.id === 'tokayev');
    expect(tokayev?.where.title).toBe(1);
    expect(tokayev?.count).toBe(3);
  });

  it('calls one passing mention in a long article mentions', () => {
    const analysis = analysePage(matcher, {
      url: 'https://news.example.com/b',
      title: 'Coffee prices climb',
      body: `${filler(500)} Kazakhstan ${filler(400)}`,
    });
    expect(analysis.verdict).toBe('mentions');
    expect(analysis.findings.map((f) => f.id)).toEqual(['kazakhstan']);
  });

  it('counts context names only beside an anchor, and never ranking names', () => {
    const alone = analysePage(matcher, {
      url: 'https://x.example/c',
      title: 'Caspian sturgeon',
      body: 'The Caspian Sea and Russia and Turkestan.',
    });
    expect(alone.verdict).toBe('none');
    expect(alone.findings).toEqual([]);
    expect(alone.rankingEntities).toEqual([{ id: 'russia', count: 1 }]);
    const beside = analysePage(matcher, {
      url: 'https://x.example/c',
      title: 'Caspian sturgeon',
      body: 'The Caspian Sea off Kazakhstan.',
    });
    expect(beside.findings.map((f) => f.id).sort()).toEqual(['caspian-sea', 'kazakhstan']);
  });

  it('lets a place only Kazakhstan has make a page mention it alone, never about it', () => {
    const launch = analysePage(matcher, {
      url: 'https://space.example/soyuz',
      title: 'Soyuz lifts off from Baikonur',
      lede: 'The crew left Baikonur at dawn.',
      body: `Baikonur ${filler(120)} Baikonur and the Caspian Sea ${filler(120)} Baikonur`,
    });
    expect(launch.verdict).toBe('mentions');
    expect(launch.why).toEqual({ kind: 'place' });
    // The Caspian Sea still needs an anchor or a page about Kazakhstan to count.
    expect(launch.findings.map((f) => f.id)).toEqual(['baikonur']);
    expect(launch.score).toBe(0);
    const mentions = matcher.find('Baikonur and the Caspian Sea');
    const [baikonur, caspian] = mentions;
    expect(isHighlighted(matcher.kb, baikonur, 'mentions')).toBe(true);
    expect(isHighlighted(matcher.kb, caspian, 'mentions')).toBe(false);
    expect(isHighlighted(matcher.kb, baikonur, 'none')).toBe(false);
  });

  it('damps pages where Kazakhstan is a joke (Borat)', () => {
    const page = {
      url: 'https://film.example/d',
      title: 'Borat returns to Kazakhstan',
      body: `Borat ${filler(200)} Kazakhstan ${filler(100)} Kazakhstan`,
    };
    expect(analysePage(matcher, page).verdict).toBe('mentions');
    const reviewBody = {
      ...page,
      title: 'A comedy sequel',
      body: `Borat ${filler(200)} Kazakhstan Borat ${filler(100)}`,
    };
    expect(analysePage(matcher, reviewBody).signals.damped).toBe(true);
  });

  it('leaves a page about Kazakhstan central when Borat is one aside in its body', () => {
    const page = {
      url: 'https://news.example.com/e',
      title: 'Tokayev opens the Astana International Forum',
      lede: 'Kassym-Jomart Tokayev opened the forum in Astana on Thursday.',
      body: `${filler(150)} Kazakhstan ${filler(100)} Tokayev said Almaty ${filler(80)} most still think of Borat.`,
    };
    const analysis = analysePage(matcher, page);
    expect(analysis.signals.damped).toBe(false);
    expect(analysis.verdict).toBe('central');
  });

  it('leaves central a page that opens with the joke and goes on to the real country: Almaty, Astana', () => {
    const page = {
      url: 'https://opinion.example.pt/f',
      title: 'The country behind Borat',
      lede: 'Borat made a whole nation a punchline, yet Kazakhstan is real.',
      body: `${filler(120)} Kazakhstan ${filler(60)} Almaty ${filler(60)} Astana ${filler(60)} Kazakhstan ${filler(40)}`,
    };
    const opening = analysePage(matcher, page);
    expect(opening.signals.damped).toBe(false);
    expect(opening.verdict).toBe('central');
    const onePlace = { ...page, body: `${filler(120)} Kazakhstan ${filler(60)} Almaty ${filler(120)} Kazakhstan` };
    expect(analysePage(matcher, onePlace).signals.damped).toBe(true);
  });

  it('takes a .kz site as a weak prior, never as a reason on its own', () => {
    expect(
      analysePage(matcher, { url: 'https://weather.example.kz/', title: 'Rain in Paris', body: filler(300) }).verdict,
    ).toBe('none');
  });

  it('knows Kazakhstan’s domains however the address writes them', () => {
    const kzSite = (url: string) => analysePage(matcher, { url, title: '', body: '' }).signals.kzSite;
    expect(['https://News.Example.KZ/a', 'https://akorda.xn--80ao21a/', 'http://сайт.қаз/'].map(kzSite)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['https://kz.example.com/', 'https://example.com/?site=x.kz', 'about:blank'].map(kzSite)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('gives a sensible verdict on empty text', () => {
    const analysis = analysePage(matcher, { url: '', title: '', body: '' });
    expect(analysis).toMatchObject({ verdict: 'none', score: 0, findings: [] });
  });
});
