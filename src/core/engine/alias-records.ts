// The alias records of the packed knowledge base, read the same way at build time (to group them) and by
// the matcher (to put them into its trie).
import { CAPITAL, CASE, GROUP_SEPARATOR, RECORD_SEPARATOR, SUBGROUP_SEPARATOR } from '../kb/compiled';
import { lowerCode } from './chars';
import { wordCodeAt } from './word-code';
import { nameKeys } from './words';

export interface AliasRecord {
  entity: number;
  flag: string;
  /** The alias's word keys (lower case), as the trie stores them. */
  words: string[];
  /** The alias as written, for CASE records; else its keys joined by spaces. */
  text: string;
}

export function parseRecord(record: string): AliasRecord {
  let flagAt = 0;
  while (record.charCodeAt(flagAt) >= 0x30 && record.charCodeAt(flagAt) <= 0x39) flagAt++;
  const flag = record[flagAt];
  const text = record.slice(flagAt + 1);
  return {
    entity: Number(record.slice(0, flagAt)),
    flag,
    text,
    words: flag === CASE ? nameKeys(text) : text.split(' '),
  };
}

/** Whether the alias's first letter must be a capital in the page (see FirstWords.addAlias). */
export function needsUpperFirst({ flag, text }: AliasRecord): boolean {
  return flag === CAPITAL || (flag === CASE && text.charCodeAt(0) !== lowerCode(text.charCodeAt(0)));
}

/** The first record of a group or subgroup string. */
export function firstRecordOf(records: string): AliasRecord {
  let start = 0;
  while (records[start] === SUBGROUP_SEPARATOR) start++;
  let end = start;
  while (end < records.length && records[end] !== RECORD_SEPARATOR && records[end] !== SUBGROUP_SEPARATOR) end++;
  return parseRecord(records.slice(start, end));
}

/** A group's code: that of the first word of its first record (all its records share it), read in place.
 *  Every group of a bucket is coded when a page first meets the bucket, so this builds no string. */
export function groupCodeOf(group: string): number {
  let i = 0;
  while (group[i] === SUBGROUP_SEPARATOR) i++;
  while (group.charCodeAt(i) >= 0x30 && group.charCodeAt(i) <= 0x39) i++;
  return wordCodeAt(group, i + 1); // after the record's flag
}

/** The groups of a bucket string. */
export const groupsOf = (bucket: string): string[] => bucket.split(GROUP_SEPARATOR);

/** A group's one-word aliases, then its subgroups of longer ones by second word. */
export const subgroupsOf = (group: string): string[] => group.split(SUBGROUP_SEPARATOR);
