// Whether a text can hold a name that gives a page a verdict (an anchor), answered on every page before
// anything else is read, laid out or sent: most pages a reader opens are not about Kazakhstan. The sieve
// holds hashes of the words of each anchor's every form (cut to the first letters that no ending changes,
// name-sieve-keys.ts); a text passes when it has one such word, or both of a pair (a name of common words).
// It may say "maybe" where the matcher finds nothing; it
// never says "no" where the matcher would find an anchor (tests/unit/engine/name-sieve.test.ts holds that
// against every form of the knowledge base and every corpus page). The worker stays the judge.
import { BY_WORDS, foldCode, IGNORED, NOT_WORD, scriptFold, scriptStyle } from './chars';

/** Letters of a word a key holds at most: enough that Informburo is not "information". */
export const LONGEST_KEY = 7;
/** Ends the key of a whole word, which the text's word must be (Expo, not export): '=' belongs to no word. */
export const WHOLE_WORD = 0x3d;

export const FNV_START = 0x811c9dc5;
export const step = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193) >>> 0;

export function hashOf(codes: string, length: number, wholeWord: boolean): number {
  let hash = FNV_START;
  for (let i = 0; i < length; i++) hash = step(hash, codes.charCodeAt(i));
  return wholeWord ? step(hash, WHOLE_WORD) : hash;
}

/** The keys as the page receives them: base64 of their bytes, four each; pairs one after the other. */
export interface PackedSieve {
  singles: string;
  pairs: string;
}

function fromBase64(text: string): number[] {
  const bytes = atob(text);
  const hashes: number[] = [];
  for (let i = 0; i < bytes.length; i += 4)
    hashes.push(
      (bytes.charCodeAt(i) |
        (bytes.charCodeAt(i + 1) << 8) |
        (bytes.charCodeAt(i + 2) << 16) |
        (bytes.charCodeAt(i + 3) << 24)) >>>
        0,
    );
  return hashes;
}

/** An open-addressed table of hashes: built in microseconds, one or two reads per question. */
class HashTable {
  private readonly table: Uint32Array;
  private readonly mask: number;

  constructor(hashes: number[]) {
    let size = 16;
    while (size < hashes.length * 4) size *= 2;
    this.table = new Uint32Array(size);
    this.mask = size - 1;
    for (const hash of hashes) {
      let slot = (hash || 1) & this.mask;
      while (this.table[slot] !== 0 && this.table[slot] !== (hash || 1)) slot = (slot + 1) & this.mask;
      this.table[slot] = hash || 1;
    }
  }

  has(hash: number): boolean {
    const wanted = hash || 1;
    for (let slot = wanted & this.mask; ; slot = (slot + 1) & this.mask) {
      const value = this.table[slot];
      if (value === wanted) return true;
      if (value === 0) return false;
    }
  }
}

export class NameSieve {
  readonly singles: HashTable;
  /** Every key of a pair, and the pairs, first key and second in turn. */
  readonly parts: HashTable;
  readonly pairs: number[];

  constructor(packed: PackedSieve) {
    this.singles = new HashTable(fromBase64(packed.singles));
    this.pairs = fromBase64(packed.pairs);
    this.parts = new HashTable(this.pairs);
  }

  /** A reading of text that may come in parts (a page's text nodes): a word runs on from one part into the
   *  next until breakWord(), as the page's text model joins them. */
  scanner(): SieveScanner {
    return new SieveScanner(this);
  }

  mayHoldName(text: string): boolean {
    const scanner = this.scanner();
    scanner.read(text);
    return scanner.end();
  }
}

export class SieveScanner {
  /** A word's running hash and length (letters beyond LONGEST_KEY are not hashed). */
  private hash = FNV_START;
  private length = 0;
  /** The previous character of a script without capitals, folded; -1 after any other character. */
  private previous = -1;
  /** Keys of pairs met so far. */
  private readonly parts = new Set<number>();
  found = false;

  constructor(private readonly sieve: NameSieve) {}

  read(text: string): boolean {
    for (let i = 0; i < text.length && !this.found; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x530 && scriptStyle(code) !== BY_WORDS) this.readScript(code);
      else this.readWordChar(code);
    }
    return this.found;
  }

  /** Ends the word being read: a block of the page ends. */
  breakWord(): void {
    this.endWord();
    this.previous = -1;
  }

  /** The answer once the whole text is read: a single key met, or both keys of a pair. */
  end(): boolean {
    this.breakWord();
    const { pairs } = this.sieve;
    for (let i = 0; i < pairs.length && !this.found && this.parts.size > 1; i += 2)
      if (this.parts.has(pairs[i]) && this.parts.has(pairs[i + 1])) this.found = true;
    return this.found;
  }

  private meet(hash: number): void {
    if (this.sieve.singles.has(hash)) this.found = true;
    else if (this.sieve.parts.has(hash)) this.parts.add(hash);
  }

  private readWordChar(code: number): void {
    const folded = foldCode(code);
    if (folded === IGNORED) return;
    this.previous = -1;
    if (folded === NOT_WORD) {
      this.endWord();
      return;
    }
    this.length++;
    if (this.length > LONGEST_KEY) return;
    this.hash = step(this.hash, folded);
    // A Cyrillic stem's key, or a long word's first letters.
    if (this.length >= 2) this.meet(this.hash);
  }

  private readScript(code: number): void {
    this.endWord();
    const folded = scriptFold(code);
    if (folded < 0) return;
    if (this.previous >= 0) this.meet(step(step(FNV_START, this.previous), folded));
    this.previous = folded;
  }

  private endWord(): void {
    if (this.length > 0 && this.length <= LONGEST_KEY) this.meet(step(this.hash, WHOLE_WORD));
    this.hash = FNV_START;
    this.length = 0;
  }
}
