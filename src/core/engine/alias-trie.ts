// The word trie of the aliases put in so far, with what the matcher asks of each alias (its entity, its
// case rule) and the first-word filter, all filled as records go in.
import { CAPITAL, CASE, RECORD_SEPARATOR } from '../kb/compiled';
import { needsUpperFirst, parseRecord } from './alias-records';
import { FirstWords } from './first-words';
import { insertAlias, newNode } from './trie';
import { nameWords } from './words';

export class AliasTrie {
  readonly root = newNode('');
  readonly firstWords = new FirstWords();
  /** Per alias put in: its entity. */
  readonly aliasEntity: number[] = [];
  /** Written forms, word by word, of the aliases whose capitalisation must match. */
  readonly exactWords = new Map<number, string[]>();
  /** Cyrillic proper names (Астана): in Russian and Kazakh a lower-case first letter makes them common
   *  words (астана is "capital" in Kazakh), so their first letter must be a capital in the text too. */
  readonly capitalOnly = new Set<number>();
  /** Grows with the trie: what was learnt from an earlier walk is stale once it changes. */
  version = 0;

  /** Puts in a string of records (see AliasBuckets). */
  insert(records: string): void {
    for (const line of records.split(RECORD_SEPARATOR)) {
      if (line === '') continue; // a group with no one-word aliases
      const record = parseRecord(line);
      const aliasIndex = this.aliasEntity.push(record.entity) - 1;
      this.firstWords.addAlias(record.words, needsUpperFirst(record));
      insertAlias(this.root, record.words, aliasIndex);
      if (record.flag === CASE) this.exactWords.set(aliasIndex, nameWords(record.text));
      else if (record.flag === CAPITAL) this.capitalOnly.add(aliasIndex);
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
