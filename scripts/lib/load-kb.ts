// Reads and validates every data/kb/*.json file (Node only: build scripts, eval, tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeLanguages } from '../../src/core/kb/languages';
import { checkEntities, type RawEntity } from '../../src/core/kb/schema';
import { withCountries } from './country-names';
import { withTransliterations } from './transliterate';

export const KB_DIR = new URL('../../data/kb/', import.meta.url).pathname;

/** Loads all entities; throws one error that lists every problem (file and entity id). */
export function loadKnowledgeBase(dir = KB_DIR): RawEntity[] {
  const all: RawEntity[] = [];
  const problems: string[] = [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`data/kb/${file}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const checked = checkEntities(`data/kb/${file}`, parsed);
    all.push(...checked.entities);
    problems.push(...checked.problems);
  }
  const seen = new Set<string>();
  for (const entity of all) {
    if (seen.has(entity.id)) problems.push(`data/kb: id "${entity.id}" is used twice`);
    seen.add(entity.id);
  }
  const languages = readLanguageFiles(join(dir, 'languages'), problems);
  const merged = mergeLanguages(all, languages);
  problems.push(...merged.problems);
  if (problems.length > 0) throw new Error(`Knowledge base has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return withCountries(withTransliterations(merged.entities));
}

/** data/kb/languages/*.json, parsed (their shape is checked by mergeLanguages). */
function readLanguageFiles(dir: string, problems: string[]): { source: string; data: unknown }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const source = `data/kb/languages/${file}`;
      try {
        return [{ source, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown }];
      } catch (error) {
        problems.push(`${source}: not valid JSON: ${(error as Error).message}`);
        return [];
      }
    });
}
