// Content scripts know entities only by their place in the page knowledge base: the worker must turn
// those places back into the real ids and names before anything else sees the report.
import { describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../../../scripts/lib/load-kb';
import { compileKnowledgeBase, pageEntities } from '../../../src/core/kb/compile';
import { pageEntityId } from '../../../src/core/kb/compiled';
import type { PageReport } from '../../../src/messaging/protocol';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (path: string) => `memory:/${path}` } } }));
// The worker reads the compiled knowledge base and the digest cards as files of the extension.
const kbText = JSON.stringify(compileKnowledgeBase(loadKnowledgeBase()).kb);
vi.stubGlobal('fetch', async (url: string) => new Response(String(url).includes('kb') ? kbText : '{}'));
const { detailsFor, nameFindings } = await import('../../../src/background/entity-cards');

const onPages = pageEntities(compileKnowledgeBase(loadKnowledgeBase()).kb);
const placeOf = (id: string) => onPages.findIndex((entity) => entity.id === id);

function reportWith(findingIds: string[], rankingIds: string[]): PageReport {
  const finding = (id: string) => ({
    id,
    name: id,
    kind: 'person',
    strength: 'anchor' as const,
    count: 1,
    where: { title: 0, lede: 0, body: 1 },
  });
  return {
    url: 'https://example.org/',
    title: '',
    headline: '',
    lede: '',
    excerpt: '',
    published: null,
    outlet: null,
    lang: 'en',
    highlighted: 0,
    analysis: {
      verdict: 'mentions',
      score: 0.3,
      findings: findingIds.map(finding),
      rankingEntities: rankingIds.map((id) => ({ id, count: 1 })),
      words: 100,
      signals: {
        titleEntities: 0,
        ledeEntities: 0,
        density: 1,
        spread: 1,
        distinctAnchors: 1,
        kzSite: false,
        knownOutlet: false,
        damped: false,
      },
    },
  } as PageReport;
}

describe('the worker names what a page found', () => {
  it('turns page places into real ids and names, and leaves real ids as they are', async () => {
    const tokayev = placeOf('kassym-jomart-tokayev');
    const borat = onPages.findIndex((entity) => entity.dampens);
    expect(tokayev).toBeGreaterThanOrEqual(0);
    const named = await nameFindings(reportWith([pageEntityId(tokayev), 'astana'], [pageEntityId(borat)]));
    expect(named.analysis.findings.map(({ id, name }) => [id, name])).toEqual([
      ['kassym-jomart-tokayev', 'Kassym-Jomart Tokayev'],
      ['astana', 'Astana'],
    ]);
    expect(named.analysis.rankingEntities[0].id).toBe(onPages[borat].id);
  });

  it('answers a hover card that asks by page place, under the id it asked with', async () => {
    const details = await detailsFor([pageEntityId(placeOf('astana'))]);
    expect(details[pageEntityId(placeOf('astana'))].name).toBe('Astana');
  });
});
