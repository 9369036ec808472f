// The engine with the project's own knowledge base, for Node scripts and tests.
import { Matcher } from '../../src/core/engine';
import { compileKnowledgeBase } from '../../src/core/kb/compile';
import { loadKnowledgeBase } from './load-kb';

let matcher: Matcher | undefined;

export function projectMatcher(): Matcher {
  matcher ??= new Matcher(compileKnowledgeBase(loadKnowledgeBase()).kb);
  return matcher;
}
