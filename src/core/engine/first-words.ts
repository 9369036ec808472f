// Cheap tests of whether a word of the page can start a name, made as the word is read, before any string
// is built. Most words of a page fail them and cost nothing more.
import { isCyrillic } from './chars';

/** Hashes are kept to 30 bits, so that V8 holds them as small integers: no boxing in sets and maps. */
export const HASH_MASK = 0x3fffffff;

/** A hash of a lower-case word, the same whether made from an alias key or letter by letter from a page
 *  (the page's hash is accumulated the same way, then masked). */
export function hashOfKey(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return hash & HASH_MASK;
}

/** The first three letters of a Cyrillic word, as one small integer (a filter: collisions only let a word
 *  through to the trie, which decides). */
export const prefixCode = (first: number, second: number, third: number) =>
  (((first - 0x400) & 0x1ff) << 21) | ((second & 0x3ff) << 11) | (third & 0x7ff);

/** Aliases go into groups by their first word's key, or, for a Cyrillic word that may carry an ending, by
 *  its first three letters (the page's word is known by the same before any string is built). */
export function groupCodeOfKey(key: string): number {
  return isCyrillic(key.charCodeAt(0)) && key.length >= 4
    ? prefixCode(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2))
    : hashOfKey(key);
}

/** Aliases go into buckets by the first two letters of their first word (one letter: the second is 0). */
export function bucketOfKey(key: string): number {
  return key.charCodeAt(0) * 0x10000 + (key.length > 1 ? key.charCodeAt(1) : 0);
}

/** Bits in the filter: a few times the number of first words, so that few words get past it by chance. */
const FILTER_BITS = 1 << 16;

/** A set of small integers that may answer yes by mistake (two codes share a bit), never no by mistake:
 *  one typed-array read in front of a real set. */
export class BitFilter {
  private readonly bits = new Uint32Array(FILTER_BITS / 32);

  add(code: number): void {
    const bit = code & (FILTER_BITS - 1);
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  has(code: number): boolean {
    const bit = code & (FILTER_BITS - 1);
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/** How many groups not yet opened share each slot of codes: exact where a filter would only be likely,
 *  so a word whose groups are all open costs no dictionary lookup. */
export class PendingCount {
  private readonly counts = new Uint16Array(PENDING_SLOTS);

  add(code: number): void {
    this.counts[code & (PENDING_SLOTS - 1)]++;
  }

  remove(code: number): void {
    this.counts[code & (PENDING_SLOTS - 1)]--;
  }

  any(code: number): boolean {
    return this.counts[code & (PENDING_SLOTS - 1)] > 0;
  }
}

const PENDING_SLOTS = 1 << 14;

/** What a word of the page must be to start a name. A Cyrillic word long enough to carry an ending is
 *  known by its first three letters; other words by their whole hash, some only with an upper-case first
 *  letter (aliases whose capitals matter: US, WHO); and a word that only begins longer names (The, New)
 *  also by the word after it, so that "the" in running text costs one more lookup, not a trie walk. */
export class FirstWords {
  /** Every hash (or prefix) of the sets below: most words of a page are turned away by one read. */
  private readonly seen = new BitFilter();
  private readonly hashes = new Set<number>();
  private readonly upperHashes = new Set<number>();
  private readonly prefixes = new Set<number>();
  private readonly upperPrefixes = new Set<number>();
  private readonly leads = new Set<number>();
  private readonly pairs = new Set<number>();

  /** `keys`: the alias's word keys; `upperFirst`: its first letter must be a capital in the page
   *  (case-sensitive aliases written so, and Cyrillic proper names). */
  addAlias(keys: string[], upperFirst: boolean): void {
    const first = keys[0] ?? '';
    if (isCyrillic(first.charCodeAt(0)) && first.length >= 4) {
      const prefix = prefixCode(first.charCodeAt(0), first.charCodeAt(1), first.charCodeAt(2));
      (upperFirst ? this.upperPrefixes : this.prefixes).add(prefix);
      this.seen.add(prefix);
      return;
    }
    const hash = hashOfKey(first);
    this.seen.add(hash);
    if (keys.length > 1) {
      this.leads.add(hash);
      this.pairs.add(pairOf(hash, followerCode(keys[1])));
    } else (upperFirst ? this.upperHashes : this.hashes).add(hash);
  }

  /** A first word that leads longer names not yet added (their pairs come with them, see Matcher). */
  addLead(key: string): void {
    const hash = hashOfKey(key);
    this.seen.add(hash);
    this.leads.add(hash);
  }

  /** 0: starts nothing; 1: may start a name; 2: may start one if the next word fits (see pairMayFollow). */
  test(hash: number, letters: number, first: number, second: number, third: number, upper: boolean): 0 | 1 | 2 {
    if (isCyrillic(first) && letters >= 4) {
      const prefix = prefixCode(first, second, third);
      if (!this.seen.has(prefix)) return 0;
      return this.prefixes.has(prefix) || (upper && this.upperPrefixes.has(prefix)) ? 1 : 0;
    }
    if (!this.seen.has(hash)) return 0;
    if (this.hashes.has(hash) || (upper && this.upperHashes.has(hash))) return 1;
    return this.leads.has(hash) ? 2 : 0;
  }

  pairMayFollow(leadHash: number, followerHash: number): boolean {
    return this.pairs.has(pairOf(leadHash, followerHash));
  }
}

/** The second word of a name, as checked: its first three letters if it may carry an ending, else whole. */
export function followerCode(key: string): number {
  return isCyrillic(key.charCodeAt(0)) && key.length >= 4 ? hashOfKey(key.slice(0, 3)) : hashOfKey(key);
}

/** A first word's hash and a second word's followerCode, as one code. */
export const pairOf = (lead: number, follower: number) => (Math.imul(lead, 0x9e3779b1) ^ follower) & HASH_MASK;

/** A table over the low bytes of a word's first two letters: whether any bucket may hold it, and whether
 *  one there is still unopened. Two typed-array reads per word instead of a dictionary lookup. */
export class BucketSlots {
  private readonly buckets = new Uint8Array(0x10000);
  private readonly unopened = new Uint8Array(0x10000);

  /** `buckets`: keyed by bucket number (see bucketOfKey). A slot holds a handful of buckets at most. */
  constructor(buckets: Record<string, unknown>) {
    for (const key in buckets) {
      const bucket = Number(key);
      const slot = slotOf(Math.floor(bucket / 0x10000), bucket % 0x10000);
      this.buckets[slot]++;
      this.unopened[slot]++;
    }
  }

  mayHold(first: number, second: number): boolean {
    return this.buckets[slotOf(first, second)] > 0;
  }

  isPending(first: number, second: number): boolean {
    return this.unopened[slotOf(first, second)] > 0;
  }

  opened(bucket: number): void {
    this.unopened[slotOf(Math.floor(bucket / 0x10000), bucket % 0x10000)]--;
  }
}

const slotOf = (first: number, second: number) => ((first & 0xff) << 8) | (second & 0xff);
