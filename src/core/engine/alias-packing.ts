// Packs aliases into the buckets, groups and subgroups that the matcher's loader opens as a page needs
// them (the format is described at AliasBuckets); alias-records.ts reads them back.
import {
  type AliasBuckets,
  CAPITAL,
  CASE,
  type CompiledAlias,
  GROUP_SEPARATOR,
  PLAIN,
  RECORD_SEPARATOR,
  SUBGROUP_SEPARATOR,
} from '../kb/compiled';
import { bucketOfKey } from './first-words';
import { wordCodeOfKey } from './word-code';

/** Sorts aliases into buckets by the first two letters of their first word, within a bucket into groups
 *  by the first word itself, and within a group into one-word aliases and subgroups by second word. */
export function bucketAliases(aliases: CompiledAlias[]): AliasBuckets {
  const buckets = new Map<number, Map<number, Map<number, string[]>>>();
  for (const [keys, entity, written, caseSensitive] of aliases) {
    if (/[|#>]/.test(written)) throw new Error(`alias "${written}": the characters | # > are reserved`);
    const cyrillicCapital = /^[\u0400-\u042f\u0460-\u052f]/.test(written) && written[0] !== written[0].toLowerCase();
    const record = caseSensitive
      ? `${entity}${CASE}${written}`
      : `${entity}${cyrillicCapital ? CAPITAL : PLAIN}${keys}`;
    const [first, second] = keys.split(' ');
    const groups = getOrSet(buckets, bucketOfKey(first), () => new Map<number, Map<number, string[]>>());
    // Subgroup -1 holds the one-word aliases; the Map keeps it first, as it is made first.
    const subgroups = getOrSet(groups, wordCodeOfKey(first), () => new Map([[-1, [] as string[]]]));
    getOrSet(subgroups, second === undefined ? -1 : wordCodeOfKey(second), () => []).push(record);
  }
  const out: AliasBuckets = {};
  for (const [bucket, groups] of buckets)
    out[bucket] = [...groups.values()]
      .map((subgroups) =>
        [...subgroups.values()].map((records) => records.join(RECORD_SEPARATOR)).join(SUBGROUP_SEPARATOR),
      )
      .join(GROUP_SEPARATOR);
  return out;
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
