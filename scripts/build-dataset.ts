// Builds generated/public/data/{dataset,search-index,entity-cards,ranking}.json from data/digests and the knowledge base.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { buildDataset } from '../src/core/dataset/build';
import { packIndex } from '../src/core/dataset/packed-index';
import { SEARCH_OPTIONS, type SearchDocument } from '../src/core/dataset/search-options';
import { createNameResolver } from '../src/core/kb/resolve';
import { prebuildRanking } from '../src/core/ranking/prebuilt';
import { loadKnowledgeBase } from './lib/load-kb';

const ROOT = new URL('..', import.meta.url).pathname;
export const DIGESTS_DIR = join(ROOT, 'data/digests');
export const OUT_DIR = join(ROOT, 'generated/public/data');

/** Every digest file, parsed; a file that is not JSON comes back as a problem naming it. */
export function readDigestFiles(dir = DIGESTS_DIR): { files: { file: string; input: unknown }[]; problems: string[] } {
  const files: { file: string; input: unknown }[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    try {
      files.push({ file, input: JSON.parse(readFileSync(join(dir, file), 'utf8')) });
    } catch (error) {
      problems.push(`${file}: not valid JSON: ${(error as Error).message}`);
    }
  }
  return { files, problems };
}

/** The knowledge base as the two lookups the dataset needs. */
export function loadNameLookups() {
  const entities = loadKnowledgeBase();
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return {
    entities,
    resolveName: createNameResolver(entities),
    entityName: (id: string) => byId.get(id)?.name,
    /** Name, kind and strength: what the popup's ranking needs of an entity before the whole KB is read. */
    entityNote: (id: string) => byId.get(id),
  };
}

function main(): void {
  const read = readDigestFiles();
  const lookups = loadNameLookups();
  const output = buildDataset({ files: read.files, resolveName: lookups.resolveName, entityName: lookups.entityName });
  const problems = [...read.problems, ...output.problems];
  if (output.warnings.length > 0) {
    console.warn(`${output.warnings.length} item(s) credit an outlet the knowledge base lacks (not fatal):`);
    for (const warning of output.warnings) console.warn(`  ${warning}`);
  }
  if (problems.length > 0) {
    console.error(`build-dataset: ${problems.length} problem(s) in data/digests:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(output.searchDocuments);
  const assets: [string, unknown][] = [
    ['dataset.json', output.dataset],
    // Packed: the popup loads it several times faster than MiniSearch's own serialization.
    ['search-index.json', packIndex(index, SEARCH_OPTIONS)],
    ['entity-cards.json', output.cards],
    // The popup's ranking model, worked out here so the popup never has to read the items' text.
    ['ranking.json', prebuildRanking(output.dataset.items, output.dataset.digests, lookups.entityNote)],
  ];
  mkdirSync(OUT_DIR, { recursive: true });
  const sizes = assets.map(([name, value]) => {
    const text = JSON.stringify(value);
    writeFileSync(join(OUT_DIR, name), text);
    return `${name} ${Buffer.byteLength(text)} B`;
  });
  const { digests, items, merged } = output.counts;
  console.log(
    `dataset: ${digests} digests, ${items} items after dedup (${merged} duplicates merged); ${sizes.join(', ')}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
