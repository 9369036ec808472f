// The compiled knowledge base: what the build writes and every context loads.
import type { EntityKind, Strength } from './schema';

/** What matching and judging need of an entity: all a content script carries. */
export interface MatchEntity {
  id: string;
  name: string;
  kind: EntityKind;
  strength: Strength;
  dampens?: true;
}

export interface CompiledEntity extends MatchEntity {
  description: string;
  /** Other spellings worth showing a reader ("also: Токаев, Тоқаев"), current names only. */
  spellings: string[];
  formerNames: string[];
}

/** One alias: its word keys joined by spaces, the entity's index, the alias as written, and whether
 *  its capitalisation must match (acronyms, names that are also common words). */
export type CompiledAlias = [keys: string, entity: number, written: string, caseSensitive: 0 | 1];

/** The tables the matcher and the verdict work from. */
export interface MatchKb {
  entities: MatchEntity[];
  aliases: CompiledAlias[];
}

/** The whole compiled knowledge base: for the popup, the worker and Node. */
export interface CompiledKb extends MatchKb {
  entities: CompiledEntity[];
}

/** The knowledge base as shipped in the content script (see packForPages). */
export interface PackedKb {
  entities: [id: string, name: string, kind: EntityKind, strength: Strength, dampens: 0 | 1][];
  /** Per entity, its aliases as written, joined by ALIAS_SEPARATOR; CASE_MARK starts a case-sensitive one. */
  aliases: string[];
}

export const ALIAS_SEPARATOR = '|';
export const CASE_MARK = '=';
