// Turns validated entities into the compact tables the matcher loads (run at build time and in tests).

import { bucketAliases } from '../engine/alias-packing';
import { BY_WORDS, scriptStyle } from '../engine/chars';
import { nameKeys } from '../engine/words';
import {
  type CompiledAlias,
  type CompiledEntity,
  type CompiledFormRule,
  type CompiledKb,
  type CompiledRule,
  DAMPENS,
  LOCATES,
  type LowerWord,
  type PageKb,
  type ScriptName,
} from './compiled';
import type { EntityInput, Strength } from './schema';

// When two entities claim the same words, the stronger claim keeps them.
const PRIORITY: Record<Strength, number> = { block: 3, anchor: 2, context: 1, ranking: 0 };

const isAcronym = (alias: string) =>
  (/^[\p{Lu}\d.&-]{2,}$/u.test(alias.replace(/\s/g, '')) && /\p{Lu}.*\p{Lu}/u.test(alias)) ||
  // A short word with capitals inside is an acronym too (КазНУ, KazNU): казну is the treasury.
  /^\p{Lu}\p{L}{0,4}\p{Lu}\p{L}{0,2}$/u.test(alias);

/** A form that a Latin-script language writes in lower case (kasachische, préfecture autonome kazakhe
 *  d'Ili): it has a pass of its own. ʻ and ʼ are modifier letters of no script to Unicode, and Uzbek
 *  writes them inside its Latin words (qozogʻistonlik). */
const isLowerLatin = (alias: string) =>
  /^\p{Ll}/u.test(alias) && /^[\p{Script=Latin}\s\p{P}\u02bb\u02bc]+$/u.test(alias);

export interface CompileResult {
  kb: CompiledKb;
  /** Aliases that two entities share, with the one that won: for the build log. */
  clashes: string[];
}

export function compileKnowledgeBase(raw: EntityInput[]): CompileResult {
  const entities: CompiledEntity[] = [];
  const byKeys = new Map<string, CompiledAlias>();
  const scripts = new Map<string, ScriptName>();
  const lower = new Map<string, LowerWord>();
  const rules: CompiledRule[] = [];
  const formRules: CompiledFormRule[] = [];
  const clashes: string[] = [];
  /** Whether `index` keeps a name that `existing` (an entity's index, or undefined) also claims. */
  const wins = (written: string, index: number, existing: number | undefined) => {
    if (existing === undefined) return true;
    if (existing === index) return false;
    const [rival, entity] = [raw[existing], raw[index]];
    const keep = PRIORITY[entity.strength] > PRIORITY[rival.strength];
    clashes.push(`"${written}": ${rival.id} and ${entity.id}; kept ${keep ? entity.id : rival.id}`);
    return keep;
  };
  raw.forEach((entity, index) => {
    const { en = [], ru = [], kk = [], kkLatn = [] } = entity.aliases ?? {};
    const current = unique([entity.name, ...en, ...ru, ...kk, ...kkLatn]);
    const former = unique(entity.formerNames ?? []);
    const world = unique(entity.world ?? []);
    entities.push({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      strength: entity.strength,
      description: entity.description,
      spellings: current.filter((alias) => alias !== entity.name),
      formerNames: former,
      ...(entity.dampens ? { dampens: true as const } : {}),
      ...(entity.locates ? { locates: true as const } : {}),
    });
    const fromWorld = new Set(world);
    for (const written of [...current, ...former, ...world]) {
      const isWorld = fromWorld.has(written);
      if (scriptStyle(written.charCodeAt(0)) !== BY_WORDS) {
        if (wins(written, index, scripts.get(written)?.[1])) scripts.set(written, [written, index]);
        continue;
      }
      const keys = nameKeys(written).join(' ');
      if (keys === '') continue;
      if (isWorld && isLowerLatin(written) && wins(written, index, lower.get(keys)?.[1]))
        lower.set(keys, [keys, index]);
      const caseSensitive = entity.caseSensitive || isAcronym(written) ? 1 : 0;
      if (wins(written, index, byKeys.get(keys)?.[1])) byKeys.set(keys, [keys, index, written, caseSensitive]);
    }
    const keysOf = (names: string[]) => unique(names.map((name) => nameKeys(name).join(' ')));
    if (entity.weak?.length) formRules.push([index, keysOf(entity.weak), 'weak']);
    const withPlus = [...current, ...former, ...world].filter((name) => /[\p{L}\p{N}][+＋]$/u.test(name));
    if (withPlus.length > 0) formRules.push([index, keysOf(withPlus), 'plus']);
    for (const rule of entity.notNear ?? [])
      rules.push([
        index,
        rule.forms ? rule.forms.map((form) => nameKeys(form).join(' ')) : null,
        unique(rule.words.map((word) => word.toLowerCase())),
      ]);
  });
  return {
    kb: {
      entities,
      aliases: [...byKeys.values()],
      scriptNames: [...scripts.values()],
      lowerWords: [...lower.values()],
      rules,
      formRules,
    },
    clashes,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** The part the worker's engine carries: entities without descriptions or spellings (hover cards get those
 *  from the whole knowledge base). Foreign ranking names are in it: never shown, they weigh against the
 *  verdict (one of five countries named). Aliases go in buckets, ready to use. */
export function packForPages(kb: CompiledKb): PageKb {
  const entities = kb.entities.map(({ kind, strength, dampens, locates }): PageKb['entities'][number] => {
    const flags = (dampens ? DAMPENS : 0) | (locates ? LOCATES : 0);
    return flags ? [kind, strength, flags] : [kind, strength];
  });
  const aliases = kb.aliases.map(
    ([keys, entity, written, caseSensitive]): CompiledAlias => [keys, entity, written, caseSensitive],
  );
  const { scriptNames, lowerWords, rules, formRules } = kb;
  return { entities, buckets: bucketAliases(aliases), scriptNames, lowerWords, rules, formRules };
}

/** The entities of the page knowledge base, in its order: pageEntityId(i) is the i-th (all of them, now
 *  that the worker, not the page, carries it). */
export function pageEntities(kb: CompiledKb): CompiledEntity[] {
  return kb.entities;
}
