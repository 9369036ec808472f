// The compiled knowledge base: what the build writes and every context loads.
import type { EntityKind, Strength } from './schema';

/** What matching and judging need of an entity: all a content script carries. */
export interface MatchEntity {
  id: string;
  name: string;
  kind: EntityKind;
  strength: Strength;
  dampens?: true;
  /** A place only Kazakhstan has, a context name that alone still gives the page *mentions* (schema.ts). */
  locates?: true;
}

export interface CompiledEntity extends MatchEntity {
  description: string;
  /** Other spellings worth showing a reader ("also: Токаев, Тоқаев"), current names only. */
  spellings: string[];
  formerNames: string[];
}

/** One alias: its word keys joined by spaces, the entity's index, the alias as written, and whether
 *  its capitalisation must match (acronyms, names that are also common words). */
export type CompiledAlias = [keys: string, entity: number, written: string, caseSensitive: 0 | 1, capital?: 0 | 1];

/** A name in a script without capitals, found as a string rather than word by word (Chinese, Japanese,
 *  Korean, Arabic, Persian; see script-names.ts): as written, and the entity's index. */
export type ScriptName = [written: string, entity: number];

/** A one-word form that a Latin-script language writes in lower case (kasachische, kazakhe, kazachski),
 *  by its key, and the entity's index: found by a pass of its own, since the word pass reads capitals. */
export type LowerWord = [key: string, entity: number];

/** A context rule (see NotNearSchema): the entity's index, the keys of the forms it covers (null: all),
 *  and the words, in lower case, whose presence near a name switches it off. */
export type CompiledRule = [entity: number, forms: string[] | null, words: string[]];

/** A rule on some forms of an entity: the entity's index, the forms' keys, and what holds for them: 'weak'
 *  (they count as a context name: the form is also a common word elsewhere) or 'plus' (written with a plus
 *  that a word key cannot hold: OPEC+ needs its +, or it is OPEC). */
export type CompiledFormRule = [entity: number, forms: string[], rule: 'weak' | 'plus'];

/** The tables the matcher and the verdict work from. */
export interface MatchKb {
  entities: MatchEntity[];
  aliases: CompiledAlias[];
  scriptNames: ScriptName[];
  lowerWords: LowerWord[];
  rules: CompiledRule[];
  formRules: CompiledFormRule[];
}

/** The whole compiled knowledge base: for the popup, the worker and Node. */
export interface CompiledKb extends MatchKb {
  entities: CompiledEntity[];
}

/** Just the entities: what judging a page needs. */
export interface EntityTable {
  entities: MatchEntity[];
}

/** Aliases in buckets keyed by the first two letters of their first word (see bucketOf), each bucket one
 *  string of records `<entity index><flag><text>` joined by RECORD_SEPARATOR, in groups joined by
 *  GROUP_SEPARATOR: a group's records share their first word (for a Cyrillic word that takes endings, its
 *  first three letters), so the matcher puts into its trie only the groups of words a page has. A group is
 *  its one-word aliases, then, after each SUBGROUP_SEPARATOR, the longer ones that share a second word: a
 *  name led by a Latin word goes into the trie only when the page has its first two words. The flag is PLAIN (text is
 *  the word keys), CAPITAL (keys of a Cyrillic proper name, whose capital the matcher demands: Астана, not
 *  астана "capital") or CASE (text as written, capitals and all). */
export type AliasBuckets = Record<string, string>;

/** The knowledge base as a content script loads it: one JSON.parse and next to nothing to build. Entities
 *  carry neither ids nor names: a page knows them by their place in pageEntities' list, as pageEntityId,
 *  and the worker, which has the whole knowledge base, puts the real ids and names in the page's report. */
/** A shipped entity's flags, one bit each. */
export const DAMPENS = 1;
export const LOCATES = 2;

export interface PageKb {
  entities: [kind: EntityKind, strength: Strength, flags?: number][];
  buckets: AliasBuckets;
  scriptNames: ScriptName[];
  lowerWords: LowerWord[];
  rules: CompiledRule[];
  formRules: CompiledFormRule[];
}

/** The id a content script gives the entity at `index` of the page knowledge base. */
export const pageEntityId = (index: number) => `#${index}`;

export const RECORD_SEPARATOR = '|';
export const GROUP_SEPARATOR = '#';
export const SUBGROUP_SEPARATOR = '>';
export const PLAIN = '.';
export const CAPITAL = '^';
export const CASE = '=';
