// Validates data/kb and compiles it into generated/kb.json, the table the content script loads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { compileKnowledgeBase, packForPages } from '../src/core/kb/compile';
import { loadKnowledgeBase } from './lib/load-kb';

const OUT = new URL('../generated/', import.meta.url).pathname;

try {
  const raw = loadKnowledgeBase();
  const { kb, clashes } = compileKnowledgeBase(raw);
  mkdirSync(OUT, { recursive: true });
  const json = JSON.stringify(kb);
  writeFileSync(`${OUT}kb.json`, json);
  const page = packForPages(kb);
  const pageJson = JSON.stringify(page);
  writeFileSync(`${OUT}kb-page.json`, pageJson);
  const size = (text: string) => `${(text.length / 1024).toFixed(1)} KB`;
  console.log(
    `knowledge base: ${kb.entities.length} entities, ${kb.aliases.length} aliases (${size(json)}); for pages ${page.entities.length} entities (${size(pageJson)})`,
  );
  if (clashes.length > 0 && process.argv.includes('--verbose'))
    console.log(`shared aliases:\n  ${clashes.join('\n  ')}`);
  else if (clashes.length > 0)
    console.log(`${clashes.length} aliases shared by two entities (run with --verbose to list)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
