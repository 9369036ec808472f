// The knowledge base as content scripts load it (packed in buckets and groups, opened as a page needs
// them) must find every name exactly as the full knowledge base does.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../scripts/lib/load-kb';
import { Matcher } from '../../../src/core/engine';
import { compileKnowledgeBase, packForPages, pageEntities } from '../../../src/core/kb/compile';

const full = compileKnowledgeBase(loadKnowledgeBase()).kb;
const packed = packForPages(full);
// A page knows entities by their place in this list.
const pageIds = pageEntities(full).map((entity) => entity.id);
// Each alias of the names a page may show (foreign ranking names are found beside them, and compared too).
const shown = full.aliases.filter(([, entity]) => full.entities[entity].strength !== 'ranking');

describe('packed knowledge base', () => {
  it('finds each alias, written alone, as the full knowledge base does, in a fresh matcher each time', () => {
    const fullMatcher = new Matcher(full);
    const differences: string[] = [];
    let found = 0;
    for (const [, , written] of shown) {
      const fromPacked = new Matcher(packed).find(written).map((m) => `${m.end}:${pageIds[m.entity]}`);
      const fromFull = fullMatcher.find(written).map((m) => `${m.end}:${full.entities[m.entity].id}`);
      if (fromPacked.join() !== fromFull.join()) differences.push(written);
      if (fromPacked.length > 0) found++;
    }
    expect(differences).toEqual([]);
    expect(found).toBeGreaterThan(shown.length * 0.9);
    // Some 3,600 fresh matchers: ample time, so that a busy machine cannot fail it.
  }, 60_000);

  it('finds the same mentions as the full knowledge base in a text of every alias, in one matcher', () => {
    const text = shown.map(([, , written]) => written).join('.\n');
    const fromPacked = new Matcher(packed).find(text).map((m) => [m.start, m.end, pageIds[m.entity]]);
    const fromFull = new Matcher(full).find(text).map((m) => [m.start, m.end, full.entities[m.entity].id]);
    expect(fromPacked.length).toBeGreaterThan(3000);
    expect(fromPacked).toEqual(fromFull);
  });
});
