// Cheap tests of whether a word of the page can start a name, made as the word is read, before any string
// is built. Most words of a page fail them and cost nothing more.
import { HASH_MASK, takesEndings, wordCodeOfKey } from './word-code';

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

/** What a word of the page must be to start a name, by its code (see word-code.ts): some words only with
 *  an upper-case first letter (aliases whose capitals matter: US, WHO); a word that only begins longer
 *  names (The, New) also by the word after it, so that "the" in running text costs one more lookup, not a
 *  trie walk. */
export class FirstWords {
  /** Every code in the sets below: most words of a page are turned away by one read. */
  private readonly seen = new BitFilter();
  /** Codes of words that start a name, and of those that start one only with a capital. */
  private readonly starts = new Set<number>();
  private readonly upperStarts = new Set<number>();
  private readonly leads = new Set<number>();
  private readonly pairs = new Set<number>();

  /** `keys`: the alias's word keys; `upperFirst`: its first letter must be a capital in the page
   *  (case-sensitive aliases written so, and Cyrillic proper names). */
  addAlias(keys: string[], upperFirst: boolean): void {
    const first = keys[0] ?? '';
    const code = wordCodeOfKey(first);
    this.seen.add(code);
    // A word known by its first letters starts its longer names too; any other leads them by its pairs.
    if (keys.length > 1 && !takesEndings(first.charCodeAt(0), first.length)) {
      this.leads.add(code);
      this.pairs.add(pairOf(code, wordCodeOfKey(keys[1])));
    } else (upperFirst ? this.upperStarts : this.starts).add(code);
  }

  /** A first word that leads longer names not yet added (their pairs come with them, see AliasLoader). */
  addLead(key: string): void {
    const code = wordCodeOfKey(key);
    this.seen.add(code);
    this.leads.add(code);
  }

  /** For a word of the page by its code (see word-code.ts): 0 it starts nothing; 1 it may start a name;
   *  2 it may start one if the next word fits (see pairMayFollow). */
  test(code: number, upper: boolean): 0 | 1 | 2 {
    if (!this.seen.has(code)) return 0;
    if (this.starts.has(code) || (upper && this.upperStarts.has(code))) return 1;
    return this.leads.has(code) ? 2 : 0;
  }

  pairMayFollow(lead: number, follower: number): boolean {
    return this.pairs.has(pairOf(lead, follower));
  }
}

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
