// Validates data/kb and compiles it: generated/kb-page.json, packed for the worker's engine;
// generated/name-sieve.json, the anchors' word hashes that every page's first look asks; and the whole
// knowledge base as generated/public/data/kb.json, a file of the extension that the hover cards and the
// popup's entity view read when first needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { packSieve, sieveKeys } from '../src/core/engine/name-sieve-keys';
import { compileKnowledgeBase, packForPages } from '../src/core/kb/compile';
import { loadKnowledgeBase } from './lib/load-kb';
import { sieveProse } from './lib/sieve-prose';

const OUT = new URL('../generated/', import.meta.url).pathname;
const PUBLIC_DATA = `${OUT}public/data/`;

try {
  const raw = loadKnowledgeBase();
  const { kb, clashes } = compileKnowledgeBase(raw);
  mkdirSync(PUBLIC_DATA, { recursive: true });
  const json = JSON.stringify(kb);
  writeFileSync(`${PUBLIC_DATA}kb.json`, json);
  const page = packForPages(kb);
  const pageJson = JSON.stringify(page);
  writeFileSync(`${OUT}kb-page.json`, pageJson);
  const sieve = sieveKeys(kb, sieveProse(kb));
  const sieveJson = JSON.stringify(packSieve(sieve));
  writeFileSync(`${OUT}name-sieve.json`, sieveJson);
  const size = (text: string) => `${(text.length / 1024).toFixed(1)} KB`;
  console.log(
    `knowledge base: ${kb.entities.length} entities, ${kb.aliases.length} aliases (${size(json)}); for pages ${page.entities.length} entities (${size(pageJson)}); name sieve ${sieve.singles.length} keys and ${sieve.pairs.length} pairs (${size(sieveJson)})`,
  );
  if (clashes.length > 0 && process.argv.includes('--verbose'))
    console.log(`shared aliases:\n  ${clashes.join('\n  ')}`);
  else if (clashes.length > 0)
    console.log(`${clashes.length} aliases shared by two entities (run with --verbose to list)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
