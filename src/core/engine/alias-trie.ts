// The word trie of the aliases put in so far, with what the matcher asks of each alias (its entity, its
// case rule) and the first-word filter, all filled as records go in.
import { CAPITAL, CASE, PLAIN, RECORD_SEPARATOR } from '../kb/compiled';
import { needsUpperFirst, parseRecord } from './alias-records';
import { FirstWords } from './first-words';
import { insertAlias, newNode } from './trie';
import { nameWords } from './words';

/** How an alias's case must match the page: any case; the first letter a capital (Cyrillic proper names
 *  such as Астана: in Russian and Kazakh a lower-case first letter makes them common words, астана being
 *  "capital" in Kazakh); or word by word as written (acronyms, case-sensitive aliases). */
export type CaseRule = typeof ANY_CASE | typeof CAPITAL_FIRST | string[];
export const ANY_CASE = 0;
export const CAPITAL_FIRST = 1;

export class AliasTrie {
  readonly root = newNode('');
  readonly firstWords = new FirstWords();
  /** Per alias put in: its entity. */
  readonly aliasEntity: number[] = [];
  /** Per alias put in: its case rule, read in one step for every name found. */
  readonly caseRules: CaseRule[] = [];
  /** Grows with the trie: what was learnt from an earlier walk is stale once it changes. */
  version = 0;

  /** Puts in a string of records (see AliasBuckets). */
  insert(records: string): void {
    for (const line of records.split(RECORD_SEPARATOR)) {
      if (line === '') continue; // a group with no one-word aliases
      const record = parseRecord(line);
      const aliasIndex = this.aliasEntity.push(record.entity) - 1;
      this.firstWords.addAlias(record.words, needsUpperFirst(record));
      insertAlias(this.root, record.words, aliasIndex, record.flag === PLAIN);
      this.caseRules.push(
        record.flag === CASE ? nameWords(record.text) : record.flag === CAPITAL ? CAPITAL_FIRST : ANY_CASE,
      );
    }
    this.version++;
  }

  /** Makes the first word of longer names known before the names themselves go in, so that a walk can
   *  reach the point where their second word is read. */
  insertLead(firstWord: string): void {
    insertAlias(this.root, [firstWord], -1);
    this.firstWords.addLead(firstWord);
    this.version++;
  }
}
