// The whole knowledge base looked up: entity facts by id, and names in user digests resolved to ids (the popup
// and the worker, which ranks with the user's digests too).
import { nameKeys } from '../engine/words';
import type { CompiledEntity, CompiledKb } from './compiled';

export interface KbIndex {
  entity(id: string): CompiledEntity | undefined;
  /** The entity a hand-written name stands for, as the dataset build resolves names. */
  resolveName(name: string): string | undefined;
}

export function kbIndex(kb: CompiledKb): KbIndex {
  const byId = new Map(kb.entities.map((entity) => [entity.id, entity]));
  const byKeys = new Map<string, string>();
  for (const [keys, index] of kb.aliases) if (!byKeys.has(keys)) byKeys.set(keys, kb.entities[index].id);
  return {
    entity: (id) => byId.get(id),
    resolveName: (name) => byKeys.get(nameKeys(name).join(' ')),
  };
}
