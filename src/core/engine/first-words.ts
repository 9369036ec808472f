// Cheap tests of whether a word of the page can start a name, made as the word is read, before any string
// is built. Most words of a page fail them and cost nothing more.
import { followerCodeOfKey, HASH_MASK, wordCodeOfKey } from './word-code';

/** Aliases go into buckets by the first two letters of their first word (one letter: the second is 0). */
export function bucketOfKey(key: string): number {
  return key.charCodeAt(0) * 0x10000 + (key.length > 1 ? key.charCodeAt(1) : 0);
}

/** Bits in the filter: a few times the number of first words, so that few words get past it by chance. */
const FILTER_BITS = 1 << 16;
const FILTER_SHIFT = 32 - 16;

/** A set of small integers that may answer yes by mistake (two codes share a bit), never no by mistake:
 *  one typed-array read in front of a real set. */
export class BitFilter {
  private readonly bits = new Uint32Array(FILTER_BITS / 32);

  add(code: number): void {
    const bit = spread(code, FILTER_SHIFT);
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  has(code: number): boolean {
    const bit = spread(code, FILTER_SHIFT);
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/** How many groups not yet opened share each slot of codes: exact where a filter would only be likely,
 *  so a word whose groups are all open costs no dictionary lookup. */
export class PendingCount {
  private readonly counts = new Uint16Array(PENDING_SLOTS);

  add(code: number): void {
    this.counts[spread(code, PENDING_SHIFT)]++;
  }

  remove(code: number): void {
    this.counts[spread(code, PENDING_SHIFT)]--;
  }

  any(code: number): boolean {
    return this.counts[spread(code, PENDING_SHIFT)] > 0;
  }
}

const PENDING_SLOTS = 1 << 14;
const PENDING_SHIFT = 32 - 14;

/** A code's slot among 2^(32 - shift): the top bits of a multiplicative hash. A Cyrillic word's code keeps
 *  its third letter in its low bits (see word-code.ts), so slots cut from them would be crowded. */
const spread = (code: number, shift: number) => Math.imul(code, 0x9e3779b1) >>> shift;

/** What a word of the page must be to start a name, by its code (see word-code.ts): some words only with
 *  an upper-case first letter (aliases whose capitals matter: US, WHO); a word that only begins longer
 *  names (The, New, город) also by the word after it, so that "the" in running text costs one more lookup,
 *  not a trie walk. */
export class FirstWords {
  /** Every code in `roles`: most words of a page are turned away by one read. */
  private readonly seen = new BitFilter();
  /** Per code, what words with it may do (STARTS, UPPER_STARTS, LEADS): one lookup answers all three. */
  private readonly roles = new Map<number, number>();
  private readonly pairs = new Set<number>();

  /** `keys`: the alias's word keys; `upperFirst`: its first letter must be a capital in the page
   *  (case-sensitive aliases written so, and Cyrillic proper names). */
  addAlias(keys: string[], upperFirst: boolean): void {
    const code = wordCodeOfKey(keys[0] ?? '');
    if (keys.length > 1) {
      this.addRole(code, LEADS);
      this.pairs.add(pairOf(code, followerCodeOfKey(keys[1])));
    } else this.addRole(code, upperFirst ? UPPER_STARTS : STARTS);
  }

  /** A first word that leads longer names not yet added (their pairs come with them, see AliasLoader). */
  addLead(key: string): void {
    this.addRole(wordCodeOfKey(key), LEADS);
  }

  /** For a word of the page by its code (see word-code.ts): 0 it starts nothing; 1 it may start a name;
   *  2 it may start one if the next word fits (see pairMayFollow). */
  test(code: number, upper: boolean): 0 | 1 | 2 {
    if (!this.seen.has(code)) return 0;
    const roles = this.roles.get(code) ?? 0;
    if ((roles & STARTS) !== 0 || (upper && (roles & UPPER_STARTS) !== 0)) return 1;
    return (roles & LEADS) !== 0 ? 2 : 0;
  }

  /** `follower`: the next word's follower code (see word-code.ts). */
  pairMayFollow(lead: number, follower: number): boolean {
    return this.pairs.has(pairOf(lead, follower));
  }

  private addRole(code: number, role: number): void {
    this.seen.add(code);
    this.roles.set(code, (this.roles.get(code) ?? 0) | role);
  }
}

/** Roles of a first word: it starts a name by itself; only when written with a capital; it leads longer
 *  names, whose second word must then fit. */
const STARTS = 1;
const UPPER_STARTS = 2;
const LEADS = 4;

/** A name's first and second words' codes, as one code. */
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
