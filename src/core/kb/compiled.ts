// The compiled knowledge base: what the build writes and every context loads.
import type { EntityKind, Strength } from './schema';

export interface CompiledEntity {
  id: string;
  name: string;
  kind: EntityKind;
  strength: Strength;
  description: string;
  /** Other spellings worth showing a reader ("also: Токаев, Тоқаев"), current names only. */
  spellings: string[];
  formerNames: string[];
  dampens?: true;
}

/** One alias: its word keys joined by spaces, the entity's index, the alias as written, and whether
 *  its capitalisation must match (acronyms, names that are also common words). */
export type CompiledAlias = [keys: string, entity: number, written: string, caseSensitive: 0 | 1];

export interface CompiledKb {
  entities: CompiledEntity[];
  aliases: CompiledAlias[];
}
