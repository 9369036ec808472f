// `npm run import -- <file.txt> [--keep-text] [--out path]`: drafts a digest JSON from its published text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importDigestText } from '../src/core/dataset/importer';
import { projectMatcher } from './lib/engine-node';
import { loadKnowledgeBase } from './lib/load-kb';

const ROOT = new URL('..', import.meta.url).pathname;
const USAGE = 'usage: npm run import -- <file.txt> [--keep-text] [--out path]';

function parseArgs(argv: string[]): { file: string; keepText: boolean; out: string | null } {
  let file: string | null = null;
  let out: string | null = null;
  let keepText = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep-text') keepText = true;
    else if (arg === '--out') out = argv[++i] ?? null;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else file = arg;
  }
  if (!file) throw new Error(USAGE);
  return { file, keepText, out };
}

// Outlet names the knowledge base knows, so "Reuters Tuesday" is read as Reuters. The KB may be
// unfinished while digests are imported: then the generic reading is used alone.
function knownOutlets(): string[] {
  try {
    return loadKnowledgeBase()
      .filter((entity) => entity.kind === 'organisation' || entity.kind === 'company')
      .flatMap((entity) => [entity.name, ...(entity.aliases.en ?? [])]);
  } catch {
    return [];
  }
}

// The engine tags each item with the knowledge-base names it finds (canonical names, so they resolve).
function entityTagger(): ((text: string) => string[]) | undefined {
  try {
    const matcher = projectMatcher();
    return (text) =>
      matcher
        .find(text)
        .map((mention) => matcher.kb.entities[mention.entity])
        .filter((entity) => entity.strength !== 'block')
        .map((entity) => entity.name);
  } catch {
    return undefined;
  }
}

try {
  const args = parseArgs(process.argv.slice(2));
  const { digest, report } = importDigestText(readFileSync(args.file, 'utf8'), {
    keepText: args.keepText,
    outlets: knownOutlets(),
    tagEntities: entityTagger(),
  });
  const out = args.out ?? join(ROOT, 'data/drafts', `${digest.id}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(digest, null, 2)}\n`);
  console.log(
    `wrote ${out}: ${digest.items.length} item(s), publisher ${digest.publisher}, date ${digest.date ?? 'unknown'}`,
  );
  if (!args.keepText) console.log('summaries are empty: write 25-70 words for each item in your own words');
  if (digest.items.every((item) => item.entities.length === 0)) {
    console.log('entities are empty: list the names each item is about (they must resolve to the knowledge base)');
  } else console.log('entities were tagged by the engine: keep the ones each item is about');
  if (report.unresolved.length === 0) console.log('nothing left unresolved');
  else {
    console.log(`${report.unresolved.length} thing(s) to check by hand:`);
    for (const line of report.unresolved) console.log(`  ${line}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
