// The shipped verdict on the labelled corpus (tests/fixtures/corpus): the promises that hold on every page
// whatever the fold. Precision and recall are `npm run eval`'s to report, cross-validated; here, that no
// unrelated or trap page lights up, and that each press language is read on its pages about Kazakhstan.
import { describe, expect, it } from 'vitest';
import { highlightsAny, type ReadCorpusPage, readCorpus, trapsHighlighted } from '../../../scripts/lib/corpus-signals';
import { projectMatcher } from '../../../scripts/lib/engine-node';
import { PRESS_LANGUAGES } from '../../../src/core/kb/languages';

const matcher = projectMatcher();
let pages: ReadCorpusPage[] = [];

describe('the labelled corpus, judged by the shipped weights', () => {
  it('has at least 200 pages, 25 of them in the press’s other languages, and every class three times', async () => {
    pages = await readCorpus(matcher);
    expect(pages.length).toBeGreaterThanOrEqual(200);
    expect(pages.filter((p) => !['en', 'ru', 'kk'].includes(p.page.lang)).length).toBeGreaterThanOrEqual(25);
    for (const name of ['homonym', 'place-or-row', 'short-news', 'furniture'])
      expect(pages.filter((p) => p.page.classes?.includes(name)).length, name).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('lights up no unrelated page', () => {
    const lit = pages
      .filter((p) => p.page.label === 'none' && highlightsAny(matcher, p, p.read.analysis.verdict))
      .map((p) => p.page.file);
    expect(lit).toEqual([]);
  });

  it('highlights no trap word', () => {
    const hits = pages.flatMap((p) =>
      trapsHighlighted(matcher, p, p.read.analysis.verdict).map((hit) => `${p.page.file}: ${hit}`),
    );
    expect(hits).toEqual([]);
  });

  it.each(PRESS_LANGUAGES)('reads %s: a page about Kazakhstan in it is central', (lang) => {
    const central = pages.filter((p) => p.page.lang === lang && p.page.label === 'central');
    expect(central.length).toBeGreaterThan(0);
    expect(central.filter((p) => p.read.analysis.verdict === 'central').map((p) => p.page.file)).not.toEqual([]);
  });
});
