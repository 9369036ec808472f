// The in-page layer in a real browser: highlights without touching the DOM, hover cards, commands, SPA pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightName, KIND_COLOURS } from '../../content-scripts/colours';
import { type FixtureServer, startFixtureServer } from '../../scripts/lib/page-server';
import type { HighlightKind } from '../../src/settings/settings';
import { saveScreenshot } from './popup-helpers';
import { textOf } from './support/dom';
import { type ExtensionBrowser, launchExtension } from './support/extension';
import {
  cardText,
  highlightCounts,
  highlightedTexts,
  liveBody,
  pointOf,
  servedBody,
  waitFor,
} from './support/page-probes';

/** `#rrggbb` as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sendCommand = (tabId: number, type: 'next-mention' | 'toggle-highlights') => browser.command(tabId, type);

describe('highlights', () => {
  it('marks every name on a central page, by kind, with the right counts', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    const counts = await highlightCounts(page);
    expect(counts).toMatchObject({ person: 3, place: 5 });
    expect((await highlightedTexts(page, 'place')).sort()).toEqual([
      'Almaty',
      'Astana',
      'Kazakhstan',
      'Kazakhstan',
      'Kazakhstan',
    ]);
    expect(await highlightedTexts(page, 'event')).toEqual(['Astana International Forum']);
    expect(await highlightedTexts(page, 'organisation')).toEqual(['Kazatomprom']);
    expect(await highlightedTexts(page, 'project')).toEqual(['Middle Corridor']);
  });

  it('leaves the page’s DOM exactly as served', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    expect(Object.keys(await highlightCounts(page)).length).toBeGreaterThan(0);
    expect(await liveBody(page)).toBe(await servedBody(page));
  });

  it('paints every highlighted name in its kind’s colours, on whatever element holds it', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    const painted = await page.evaluate(() => {
      const seen: Record<string, string[]> = {};
      for (const [name, highlight] of CSS.highlights) {
        const styles = new Set<string>();
        for (const range of highlight) {
          const holder = (range as Range).startContainer.parentElement as Element;
          const style = getComputedStyle(holder, `::highlight(${name})`);
          styles.add(`${style.backgroundColor} on ${style.color}`);
        }
        seen[name] = [...styles];
      }
      return seen;
    });
    const expected = Object.fromEntries(
      Object.entries(KIND_COLOURS).map(([kind, { background, text }]) => [
        highlightName(kind as HighlightKind),
        [`${rgb(background)} on ${rgb(text)}`],
      ]),
    );
    expect(painted).toEqual(expected);
  });

  it('colours its highlights from the manifest’s sheet, which the page can neither see nor drop', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    expect(Object.keys(await highlightCounts(page)).length).toBeGreaterThan(0);
    // No sheet of ours among the page's own, adopted or in its DOM: the browser added it before the page.
    const ours = `[...document.adoptedStyleSheets, ...document.styleSheets].filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('kazakhstan-lens-'))).length`;
    expect(await page.evaluate(ours)).toBe(0);
    const dropped = await browser.open(server.url('/fixtures/pages/drops-sheets.html'));
    expect(Object.keys(await highlightCounts(dropped.page)).length).toBeGreaterThan(0);
    expect(await dropped.page.evaluate(() => (window as { sheetsDropped?: boolean }).sheetsDropped)).toBe(true);
    const colour = await dropped.page.evaluate(() => {
      const [name, highlight] = [...CSS.highlights][0];
      const holder = ([...highlight][0] as Range).startContainer.parentElement as Element;
      return getComputedStyle(holder, `::highlight(${name})`).backgroundColor;
    });
    expect(colour).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('keeps a component-rendered page working after highlighting', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/component.html'));
    await waitFor(
      () => highlightCounts(page),
      (counts) => (counts.place ?? 0) > 0,
    );
    await page.locator('#like').click();
    await page.locator('#like').click();
    expect(await textOf(page, '#like')).toBe('Useful (2)');
  });

  it('highlights nothing on trap pages', async () => {
    for (const path of [
      '/fixtures/pages/trap-en.html',
      '/fixtures/corpus/ru/none-kuban-cossacks.html',
      '/fixtures/corpus/ru/none-kazan-weekend.html',
    ]) {
      const { page, tabId } = await browser.open(server.url(path));
      expect(await highlightCounts(page)).toEqual({});
      expect((await browser.report(tabId))?.analysis.verdict).toBe('none');
      await page.close();
    }
  });

  it('calls a launch page that names only Baikonur mentions, and highlights the place', async () => {
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/mentions-place-en.html'));
    const analysis = (await browser.report(tabId))?.analysis;
    expect(analysis?.verdict).toBe('mentions');
    expect(analysis?.why).toEqual({ kind: 'place' });
    expect(analysis?.findings.map((finding) => finding.name)).toEqual(['Baikonur']);
    expect(await highlightedTexts(page, 'place')).toEqual(['Baikonur']);
  });

  it('finds inflected Russian and Kazakh names', async () => {
    const ru = await browser.open(server.url('/fixtures/pages/central-ru.html'));
    expect(await highlightedTexts(ru.page, 'person')).toEqual(expect.arrayContaining(['Токаева']));
    const kk = await browser.open(server.url('/fixtures/pages/central-kk.html'));
    expect(await highlightedTexts(kk.page, 'place')).toEqual(expect.arrayContaining(['Астанада']));
    expect(await highlightedTexts(kk.page, 'person')).toEqual(expect.arrayContaining(['Тоқаевтың']));
    expect((await browser.report(kk.tabId))?.analysis.verdict).toBe('central');
  });
});

describe('hover card and keyboard', () => {
  it('explains a name under the pointer and closes on Escape', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    const point = await pointOf(page, 'Kazatomprom');
    await page.mouse.move(point.x, point.y);
    const text = await waitFor(
      () => cardText(page),
      (value) => value?.includes('Kazatomprom') === true,
    );
    expect(text).toMatch(/uranium/i);
    // The README shows this moment: a highlighted article with its hover card.
    await saveScreenshot(page, 'page-highlights', { whole: false });
    expect(text).toContain('matched: “Kazatomprom”');
    await page.keyboard.press('Escape');
    await waitFor(
      () => cardText(page),
      (value) => value === null,
    );
  });

  it('never takes focus and never covers the name', async () => {
    const { page } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    const point = await pointOf(page, 'Almaty');
    await page.mouse.move(point.x, point.y);
    await waitFor(
      () => cardText(page),
      (value) => value?.includes('Almaty') === true,
    );
    const layout = await page.evaluate(() => {
      const card = (document.querySelector('kazakhstan-lens-card') as HTMLElement).getBoundingClientRect();
      return { card: { top: card.top, bottom: card.bottom }, focused: document.activeElement?.tagName };
    });
    expect(layout.focused).toBe('BODY');
    expect(layout.card.top > point.y || layout.card.bottom < point.y).toBe(true);
  });

  it('paints a long page’s names near the viewport first, the others as the reader comes to them', async () => {
    const { page, tabId } = await browser.open(server.url('/generated/long.html'));
    const total = (await browser.report(tabId))?.highlighted ?? 0;
    expect(total).toBeGreaterThan(300);
    const painted = async () => Object.values(await highlightCounts(page)).reduce((sum, count) => sum + count, 0);
    // The last paragraph with names, far below the first screen.
    const lastPainted = () =>
      page.evaluate(() => {
        const last = [...document.querySelectorAll('p')].filter((p) => p.textContent?.includes('Aktau')).at(-1);
        return [...CSS.highlights.values()].some((highlight) =>
          [...highlight].some((range) => last?.contains((range as Range).startContainer)),
        );
      });
    expect(await waitFor(painted, (count) => count > 0)).toBeLessThan(total);
    expect(await lastPainted()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await waitFor(lastPainted, (done) => done);
    // The keyboard walk goes through every name, so it paints them all.
    await sendCommand(tabId, 'next-mention');
    await waitFor(painted, (count) => count === total);
  });

  it('moves to the next mention and opens its card on the command', async () => {
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    await sendCommand(tabId, 'next-mention');
    const first = await waitFor(
      () => cardText(page),
      (value) => value !== null,
    );
    await sendCommand(tabId, 'next-mention');
    const second = await waitFor(
      () => cardText(page),
      (value) => value !== null && value !== first,
    );
    expect(second).not.toBe(first);
  });

  it('toggles highlights on the command, at once', async () => {
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/central-en.html'));
    await sendCommand(tabId, 'toggle-highlights');
    await waitFor(
      () => highlightCounts(page),
      (counts) => Object.keys(counts).length === 0,
    );
    await sendCommand(tabId, 'toggle-highlights');
    await waitFor(
      () => highlightCounts(page),
      (counts) => (counts.person ?? 0) === 3,
    );
  });
});

describe('single-page sites', () => {
  it('gives a fresh verdict when the article is swapped through pushState', async () => {
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/spa.html'));
    expect((await browser.report(tabId))?.analysis.verdict).toBe('none');
    await page.locator('#next').click();
    const report = await waitFor(
      () => browser.report(tabId),
      (value) => value?.url.endsWith('?story=steppe') === true,
    );
    expect(report?.analysis.verdict).toBe('central');
    await waitFor(
      () => highlightCounts(page),
      (counts) => (counts.person ?? 0) >= 2,
    );
  });
});

describe('text the page adds later', () => {
  it('highlights names in blocks appended after the first reading, as infinite scroll adds them', async () => {
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/mentions-en.html'));
    expect((await browser.report(tabId))?.analysis.verdict).toBe('mentions');
    // The next story arrives as one block with paragraphs inside, as a feed appends it.
    await page.evaluate(() => {
      const story = document.createElement('section');
      for (const text of [
        'Tokayev opened the new terminal at Aktau on Monday.',
        'Officials in Astana said Kazatomprom would ship more uranium through the Middle Corridor.',
      ]) {
        const paragraph = document.createElement('p');
        paragraph.textContent = text;
        story.append(paragraph);
      }
      document.querySelector('article')!.append(story);
    });
    const texts = await waitFor(
      () => highlightedTexts(page, 'person'),
      (found) => found.includes('Tokayev'),
    );
    expect(texts).toEqual(['Tokayev']);
    expect(await highlightedTexts(page, 'organisation')).toEqual(['Kazatomprom']);
    expect((await highlightedTexts(page, 'place')).sort()).toEqual(['Aktau', 'Astana', 'Kazakhstan']);
  });

  it('reads a page whose article is rendered after the first reading found too little text', async () => {
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/late-article.html'), {
      waitForReport: false,
    });
    const report = await waitFor(
      () => browser.report(tabId),
      (found) => found?.analysis.verdict === 'central',
    );
    expect(report?.analysis.findings.map((finding) => finding.name)).toContain('Kassym-Jomart Tokayev');
    expect((await highlightedTexts(page, 'person')).sort()).toEqual(['Kassym-Jomart Tokayev', 'Tokayev']);
  });

  it('reads a bare text node the page adds, and never one added inside a form field', async () => {
    const { page, tabId } = await browser.open(server.url('/fixtures/pages/mentions-en.html'));
    expect((await browser.report(tabId))?.analysis.verdict).toBe('mentions');
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      document.body.append(field);
      field.append(document.createTextNode(' Kazatomprom in a draft.'));
      document.querySelector('article p')!.append(document.createTextNode(' Later, Tokayev arrived.'));
    });
    const texts = await waitFor(
      () => highlightedTexts(page, 'person'),
      (found) => found.includes('Tokayev'),
    );
    expect(texts).toEqual(['Tokayev']);
    expect(await highlightedTexts(page, 'organisation')).toEqual([]);
  });
});
