// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssetDigest, AssetItem } from '../../../src/core/dataset/asset';
import type { Analysis } from '../../../src/core/engine';
import { createBrowserMock } from './browser-mock';

vi.mock('webextension-polyfill', () => ({ default: createBrowserMock() }));

const { ItemCard } = await import('../../../popup/views/ItemCard');
const { VerdictHeader } = await import('../../../popup/views/VerdictHeader');
const { NoVerdict } = await import('../../../popup/views/NoVerdict');
const { NavigationContext } = await import('../../../popup/navigation');

const DIGEST: AssetDigest = {
  id: 'd1',
  publisher: 'The Astana Times',
  date: '2023-11-10',
  month: '2023-11',
  url: 'https://astanatimes.com/digest/',
  title: null,
};
const ITEM: AssetItem = {
  id: 'i1',
  digests: ['d1'],
  headline: 'Kazakhstan <b>and</b> the Middle Corridor',
  outlet: 'Reuters',
  published: '2023-11-07',
  author: 'A. Writer',
  summary: 'A summary with <img src=x onerror=alert(1)> written in it, and Tokayev.',
  entityIds: ['kassym-jomart-tokayev'],
  topics: ['transport'],
  url: null,
};

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

function show(node: preact.ComponentChild, open = vi.fn()) {
  render(
    <NavigationContext.Provider value={{ view: { name: 'home' }, depth: 1, open, back: vi.fn(), home: vi.fn() }}>
      {node}
    </NavigationContext.Provider>,
    container,
  );
  return open;
}

describe('ItemCard', () => {
  it('shows dataset text as text, never as markup', () => {
    show(<ItemCard item={ITEM} digestById={new Map([['d1', DIGEST]])} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('.card-summary')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows outlet, date and author, and links the digest that reviewed it', () => {
    show(<ItemCard item={ITEM} digestById={new Map([['d1', DIGEST]])} />);
    expect(container.querySelector('.card-meta')?.textContent).toMatch(/^Reuters · .*2023 · A\. Writer$/);
    const link = container.querySelector('.digest-line a');
    expect(link?.getAttribute('href')).toBe('https://astanatimes.com/digest/');
    expect(link?.textContent).toContain('The Astana Times');
  });

  it('marks a reviewed article and says why each item is there', () => {
    show(
      <ItemCard
        item={ITEM}
        digestById={new Map([['d1', DIGEST]])}
        reviewed
        reasons={[
          { kind: 'article', via: 'headline' },
          { kind: 'topic', topic: 'transport' },
          { kind: 'wording', similarity: 0.4 },
          { kind: 'date', days: 3 },
        ]}
      />,
    );
    expect(container.querySelector('[data-reviewed="true"] .badge')?.textContent).toBe('The article you are reading');
    const reasons = [...container.querySelectorAll('[data-reason]')].map((node) => node.textContent);
    expect(reasons).toEqual([
      'This article (same outlet and headline)',
      'Transport',
      'Similar wording',
      'Days apart: 3',
    ]);
  });

  it('marks search terms, a typo included, inside the text', () => {
    show(<ItemCard item={ITEM} digestById={new Map()} terms={['tokaev']} />);
    expect([...container.querySelectorAll('mark')].map((node) => node.textContent)).toEqual(['Tokayev']);
  });
});

const analysis = (verdict: Analysis['verdict']): Analysis => ({
  verdict,
  score: 0.9,
  findings: [
    {
      id: 'kassym-jomart-tokayev',
      name: 'Kassym-Jomart Tokayev',
      kind: 'person',
      strength: 'anchor',
      count: 3,
      where: { title: 1, lede: 1, body: 1 },
    },
  ],
  rankingEntities: [],
  words: 400,
  // Only the findings matter to the header; the engine's signals are filled in loosely.
  signals: { titleEntities: 1, ledeEntities: 1, density: 5, distinctAnchors: 1 } as Analysis['signals'],
});

describe('VerdictHeader', () => {
  it('says the verdict in words, with a chip per name and its count, opening the entity view', () => {
    const open = show(
      <VerdictHeader verdict="central" analysis={analysis('central')} names={analysis('central').findings} />,
    );
    expect(container.querySelector('h1')?.textContent).toBe('About Kazakhstan');
    const chip = container.querySelector<HTMLButtonElement>('[data-entity="kassym-jomart-tokayev"]')!;
    expect(chip.textContent).toContain('Kassym-Jomart Tokayev');
    expect(chip.querySelector('.chip-count')?.textContent).toBe('3');
    chip.click();
    expect(open).toHaveBeenCalledWith({ name: 'entity', id: 'kassym-jomart-tokayev' });
  });

  it('says which place in Kazakhstan a page names when it never names the country', () => {
    const baikonur = { ...analysis('mentions').findings[0], id: 'baikonur', name: 'Baikonur', kind: 'place' as const };
    const launch: Analysis = { ...analysis('mentions'), findings: [baikonur], why: { kind: 'place' } };
    show(<VerdictHeader verdict="mentions" analysis={launch} names={[]} />);
    const why = container.querySelector('.verdict-why')!;
    expect(why.getAttribute('data-why')).toBe('place');
    expect(why.textContent).toBe('Names Baikonur, a place in Kazakhstan, but not the country itself');
  });

  it('says a page was not read when there is no report', () => {
    show(<VerdictHeader verdict="unavailable" analysis={null} names={[]} />);
    expect(container.querySelector('h1')?.textContent).toBe('This page was not read');
    expect(container.querySelector('.chips')).toBeNull();
  });
});

describe('NoVerdict', () => {
  it.each([
    ['none', 'https://example.org/a', 'not-about', 'This page is not about Kazakhstan.'],
    ['unavailable', 'chrome://extensions/', 'browser-page', 'This is a browser page'],
    ['unavailable', 'https://example.org/report.pdf', 'pdf', 'This is a PDF document'],
    ['unavailable', 'https://chromewebstore.google.com/detail/x', 'restricted', 'lets no extension read'],
    ['unavailable', 'https://example.org/a', 'not-run', 'reload it'],
  ] as const)('explains %s for %s in one line', (verdict, url, why, words) => {
    show(<NoVerdict verdict={verdict} url={url} access={true} />);
    const line = container.querySelector('.why')!;
    expect(line.getAttribute('data-why')).toBe(why);
    expect(line.textContent).toContain(words);
  });
});
