// Turns validated entities into the compact tables the matcher loads (run at build time and in tests).
import { nameKeys } from '../engine/tokenize';
import { ALIAS_SEPARATOR, CASE_MARK, type CompiledAlias, type CompiledEntity, type CompiledKb, type MatchKb, type PackedKb } from './compiled';
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

/** The part a content script carries, packed small: per entity its id, kind and strength, and its aliases
 *  as written (the name first) in one string; word keys are rebuilt at load, which costs about a
 *  millisecond and saves half the bytes. No descriptions or spellings (hover cards get those from the
 *  worker) and no foreign ranking-only names, which pages never highlight; those that damp the verdict
 *  (Borat) stay. */
export function packForPages(kb: CompiledKb): PackedKb {
  const byEntity = new Map<number, string[]>();
  for (const [, entity, written, caseSensitive] of kb.aliases) {
    const list = byEntity.get(entity) ?? [];
    list.push(caseSensitive ? `${CASE_MARK}${written}` : written);
    byEntity.set(entity, list);
  }
  const packed: PackedKb = { entities: [], aliases: [] };
  kb.entities.forEach((entity, index) => {
    if (entity.strength === 'ranking' && !entity.dampens) return;
    const aliases = byEntity.get(index) ?? [];
    if (aliases.length === 0) return;
    packed.entities.push([entity.id, entity.name, entity.kind, entity.strength, entity.dampens ? 1 : 0]);
    packed.aliases.push(aliases.join(ALIAS_SEPARATOR));
  });
  return packed;
}

/** Rebuilds the matcher's tables from the packed form. */
export function unpackForPages(packed: PackedKb): MatchKb {
  const entities: MatchKb['entities'] = [];
  const aliases: CompiledAlias[] = [];
  packed.entities.forEach(([id, name, kind, strength, dampens], index) => {
    entities.push(dampens ? { id, name, kind, strength, dampens: true } : { id, name, kind, strength });
    for (const alias of packed.aliases[index].split(ALIAS_SEPARATOR)) {
      const caseSensitive = alias.startsWith(CASE_MARK);
      const written = caseSensitive ? alias.slice(1) : alias;
      aliases.push([nameKeys(written).join(' '), index, written, caseSensitive ? 1 : 0]);
    }
  });
  return { entities, aliases };
}
