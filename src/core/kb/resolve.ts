// Finds the entity a hand-written name stands for (digest entity lists, importer drafts).
import { nameKeys } from '../engine/words';
import type { EntityInput } from './schema';

/** Whole-name lookup over names, aliases and former names; case, hyphens and spacing are ignored. */
export function createNameResolver(entities: EntityInput[]): (name: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const entity of entities) {
    const { en = [], ru = [], kk = [], kkLatn = [] } = entity.aliases ?? {};
    for (const name of [entity.name, ...en, ...ru, ...kk, ...kkLatn, ...(entity.formerNames ?? [])]) {
      const key = nameKeys(name).join(' ');
      if (key && !byKey.has(key)) byKey.set(key, entity.id);
    }
  }
  return (name) => byKey.get(nameKeys(name).join(' '));
}
