// Puts the packed knowledge base's aliases into the trie as a page needs them. A bucket is split into its
// groups the first time the page has a word in it; a group goes in the first time the page has its first
// word; a Latin word's longer names wait, by their second word, until the page has that too. Loading costs
// next to nothing, and a page pays only for the names it has.
import { type AliasBuckets, RECORD_SEPARATOR } from '../kb/compiled';
import { firstRecordOf, groupCodeOf, groupsOf, subgroupsOf } from './alias-records';
import type { AliasTrie } from './alias-trie';
import { BucketSlots, PendingCount, pairOf } from './first-words';
import { followerCodeOfKey, takesEndings, wordCodeOfKey } from './word-code';

export class AliasLoader {
  private readonly slots: BucketSlots;
  private readonly splitBuckets = new Set<number>();
  private readonly pendingGroups = new Map<number, string[]>();
  private readonly pendingGroupCount = new PendingCount();
  private readonly pendingPairs = new Map<number, string>();
  private readonly pendingPairCount = new PendingCount();

  constructor(
    private readonly buckets: AliasBuckets,
    private readonly trie: AliasTrie,
  ) {
    this.slots = new BucketSlots(buckets);
  }

  /** For a word of the page, known by its first two letters (`second` 0 for a one-letter word) and its
   *  group code: whether a name may start with it, once what it needs is in the trie. */
  prepareWord(first: number, second: number, group: number): boolean {
    if (!this.slots.mayHold(first, second)) return false;
    if (this.slots.isPending(first, second)) this.splitBucket(first * 0x10000 + second);
    if (this.pendingGroupCount.any(group)) this.openGroup(group);
    return true;
  }

  /** Puts in the names whose first and second words have these codes; true if any went in. */
  preparePair(lead: number, follower: number): boolean {
    const pair = pairOf(lead, follower);
    if (!this.pendingPairCount.any(pair)) return false;
    const records = this.pendingPairs.get(pair);
    if (records === undefined) return false;
    this.pendingPairs.delete(pair);
    this.pendingPairCount.remove(pair);
    this.trie.insert(records);
    return true;
  }

  /** Sorts a bucket's groups by code, the first time the page has a word in it. */
  private splitBucket(bucket: number): void {
    const records = this.buckets[bucket];
    // A page word may share a slot with buckets that are not its own: only a real bucket, once, counts.
    if (!records || this.splitBuckets.has(bucket)) return;
    this.splitBuckets.add(bucket);
    this.slots.opened(bucket);
    for (const group of groupsOf(records)) {
      const code = groupCodeOf(group);
      const others = this.pendingGroups.get(code);
      if (others) others.push(group);
      else {
        this.pendingGroups.set(code, [group]);
        this.pendingGroupCount.add(code);
      }
    }
  }

  private openGroup(code: number): void {
    const groups = this.pendingGroups.get(code);
    if (groups === undefined) return;
    this.pendingGroups.delete(code);
    this.pendingGroupCount.remove(code);
    // Two first words may share a code: each group is opened in its own right.
    for (const group of groups) this.openOneGroup(group);
  }

  private openOneGroup(group: string): void {
    const [oneWord, ...longer] = subgroupsOf(group);
    const first = firstRecordOf(group).words[0] ?? '';
    // A Cyrillic word that takes endings is known by its first letters only: its names all go in at once.
    if (takesEndings(first.charCodeAt(0), first.length)) {
      for (const records of [oneWord, ...longer]) this.trie.insert(records);
      return;
    }
    this.trie.insert(oneWord);
    let lead = '';
    for (const records of longer) {
      const { words } = firstRecordOf(records);
      // The subgroups share their first word (but for a rare code collision): it is put in once.
      if (words[0] !== lead) {
        lead = words[0];
        this.trie.insertLead(lead);
      }
      const pair = pairOf(wordCodeOfKey(words[0]), followerCodeOfKey(words[1] ?? ''));
      const other = this.pendingPairs.get(pair);
      this.pendingPairs.set(pair, other ? `${other}${RECORD_SEPARATOR}${records}` : records);
      if (!other) this.pendingPairCount.add(pair);
    }
  }
}
