// Turns validated entities into the compact tables the matcher loads (run at build time and in tests).
import { nameKeys } from '../engine/tokenize';
import type { CompiledAlias, CompiledEntity, CompiledKb } from './compiled';
import type { EntityInput, Strength } from './schema';

// When two entities claim the same words, the stronger claim keeps them.
const PRIORITY: Record<Strength, number> = { block: 3, anchor: 2, context: 1, ranking: 0 };

const isAcronym = (alias: string) =>
  /^[\p{Lu}\d.&-]{2,}$/u.test(alias.replace(/\s/g, '')) && /\p{Lu}.*\p{Lu}/u.test(alias);

export interface CompileResult {
  kb: CompiledKb;
  /** Aliases that two entities share, with the one that won: for the build log. */
  clashes: string[];
}

export function compileKnowledgeBase(raw: EntityInput[]): CompileResult {
  const entities: CompiledEntity[] = [];
  const byKeys = new Map<string, CompiledAlias>();
  const clashes: string[] = [];
  raw.forEach((entity, index) => {
    const { en = [], ru = [], kk = [], kkLatn = [] } = entity.aliases ?? {};
    const current = unique([entity.name, ...en, ...ru, ...kk, ...kkLatn]);
    const former = unique(entity.formerNames ?? []);
    entities.push({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      strength: entity.strength,
      description: entity.description,
      spellings: current.filter((alias) => alias !== entity.name),
      formerNames: former,
      ...(entity.dampens ? { dampens: true as const } : {}),
    });
    for (const written of [...current, ...former]) {
      const keys = nameKeys(written).join(' ');
      if (keys === '') continue;
      const caseSensitive = entity.caseSensitive || isAcronym(written) ? 1 : 0;
      const existing = byKeys.get(keys);
      if (existing && existing[1] !== index) {
        const rival = raw[existing[1]];
        const keep = PRIORITY[entity.strength] > PRIORITY[rival.strength];
        clashes.push(`"${written}": ${rival.id} and ${entity.id}; kept ${keep ? entity.id : rival.id}`);
        if (!keep) continue;
      } else if (existing) continue;
      byKeys.set(keys, [keys, index, written, caseSensitive]);
    }
  });
  return { kb: { entities, aliases: [...byKeys.values()] }, clashes };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}
