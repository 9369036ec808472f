// Finds every knowledge-base name in a text in one pass: leftmost, longest, never overlapping.
import {
  DAMPENS,
  type EntityTable,
  LOCATES,
  type MatchEntity,
  type MatchKb,
  type PageKb,
  pageEntityId,
} from '../kb/compiled';
import { AliasLoader } from './alias-loader';
import { bucketAliases } from './alias-packing';
import { AliasTrie, ANY_CASE, CAPITAL_FIRST } from './alias-trie';
import {
  BY_WORDS,
  foldCode,
  IGNORED,
  isCyrillic,
  isDigit,
  isIgnorable,
  isRunScript,
  lowerCode,
  NOT_WORD,
  scriptStyle,
} from './chars';
import { ContextRules } from './context-rules';
import { MIN_STEM, stemLength, wordCandidates } from './inflection';
import { LowerWords } from './lower-words';
import { ScriptNames } from './script-names';
import type { TrieNode } from './trie';
import { followerCodeAt, HASH_MASK, takesEndings, wordCode, wordHash } from './word-code';
import { nameWords, nextWordStart, wordEnd, wordKey } from './words';

/** A name found in the text: [start, end) in UTF-16 offsets, the entity and the alias it matched. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
  alias: number;
  /** The form found is also a common word elsewhere (see context-rules.ts): it counts as a context name. */
  weak?: true;
  /** It stands in a list or table of the article (set when the page is read, see reading.ts). */
  listed?: true;
  /** A foreign name after the first of a sentence's run of them, which counts once (foreign-runs.ts). */
  enumerated?: true;
}

const CANDIDATE_CACHE = 4000;

/** A word's hash not made yet (hashes are never negative). */
const NOT_HASHED = -1;

/** Characters that can begin a name: Latin capitals, and letters beyond ASCII (Latin with diacritics,
 *  Greek, Cyrillic), whose case the trie and the case rules settle. */
const NAME_START = /[A-Z\u00c0-\u024f\u0370-\u052f]/g;

/** NAME_START, and the scripts without capitals whose names are found as strings (script-names.ts):
 *  Armenian, Hebrew, Arabic, Thaana, the Indic scripts, Thai, Georgian, Ethiopic, Khmer, kana, Han,
 *  Hangul. Used only where the knowledge base has such names. */
const NAME_OR_SCRIPT_START =
  /[A-Z\u00c0-\u024f\u0370-\u052f\u0530-\u06ff\u0750-\u077f\u0780-\u07bf\u0900-\u0eff\u10a0-\u10ff\u1100-\u137f\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufefe]/g;

/** NAME_START, for one character. */
const mayStartName = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f);

/** Whether a name may start at this character: NAME_START, or a script whose names are found as strings
 *  when the knowledge base has any (`scripts`). */
const mayStart = (code: number, scripts: unknown) =>
  mayStartName(code) || (scripts !== null && code >= 0x530 && scriptStyle(code) !== BY_WORDS);

/** No name in the knowledge base is longer than this many words. */
const MAX_WORDS = 12;

export class Matcher {
  readonly kb: EntityTable;
  private readonly trie = new AliasTrie();
  private readonly loader: AliasLoader;
  private readonly candidateCache = new Map<string, string[]>();
  /** First words met, by hash, as of trie version firstWordsOf. */
  private readonly firstWordCache = new Map<number, { key: string; written: string; nodes: TrieNode[] }>();
  private firstWordsOf = -1;
  /** Built when first needed: most pages have no name in these scripts, and no lower-case forms. */
  private scriptNames: ScriptNames | undefined;
  private lowerCaseForms: LowerWords | undefined;
  private readonly source: PageKb | MatchKb;
  private readonly rules: ContextRules;
  /** The native search for where a name may start: with the scripts without capitals only if the
   *  knowledge base has names in them. */
  private readonly nameStart: RegExp;

  /** From the page knowledge base as shipped, or from a full compiled one (Node, popup). */
  constructor(kb: PageKb | MatchKb) {
    this.source = kb;
    this.rules = new ContextRules(kb.rules ?? [], kb.formRules ?? []);
    this.nameStart = (kb.scriptNames ?? []).length > 0 ? new RegExp(NAME_OR_SCRIPT_START) : new RegExp(NAME_START);
    if ('buckets' in kb) {
      // Shipped entities have no ids or names: their place stands in until the worker puts them in.
      const entities = kb.entities.map(([kind, strength, flags = 0], index): MatchEntity => {
        const id = pageEntityId(index);
        const entity: MatchEntity = { id, name: id, kind, strength };
        if (flags & DAMPENS) entity.dampens = true;
        if (flags & LOCATES) entity.locates = true;
        return entity;
      });
      this.kb = { entities };
      this.loader = new AliasLoader(kb.buckets, this.trie);
    } else {
      this.kb = kb;
      this.loader = new AliasLoader(bucketAliases(kb.aliases), this.trie);
    }
  }

  /** All mentions in text, in order, or those that start in text[from, to) (a name that starts there is
   *  read to its end): a long text is read in parts without slicing it, as a slice is a view into the
   *  whole that V8 reads more slowly. Block entities are included: callers decide what to show.
   *  `lowerCase`: also find the forms a Latin-script language writes in lower case (see lower-words.ts). */
  find(text: string, from = 0, to = text.length, lowerCase = false): Mention[] {
    return this.rules.apply(text, this.findUnruled(text, from, to, lowerCase));
  }

  /** The names in a headline, each judged by the context rules against the whole of `story` (the lede and
   *  the article's start): a rule's words (Turpan beside "the dead of Astana") stand in the story, and
   *  may be further from the headline than a rule reaches in running text. */
  findInTitle(title: string, story: string, lowerCase = false): Mention[] {
    const joined = `${title}\n${story}`;
    return this.rules.apply(joined, this.findUnruled(joined, 0, title.length, lowerCase), joined.length);
  }

  private findUnruled(text: string, from: number, to: number, lowerCase: boolean): Mention[] {
    const byWords = this.findByWords(text, from, to);
    // The lower-case pass costs a native search of the whole text: only pages in languages that need it.
    const lower = lowerCase ? this.lowerWords().find(text, from, to) : [];
    const all = lower.length > 0 ? mergeMentions(byWords, lower) : byWords;
    return all.filter((mention) => mention.start < to);
  }

  private readonly scripts = (): ScriptNames => {
    this.scriptNames ??= new ScriptNames(this.source.scriptNames ?? []);
    return this.scriptNames;
  };

  private lowerWords(): LowerWords {
    this.lowerCaseForms ??= new LowerWords(this.source.lowerWords ?? []);
    return this.lowerCaseForms;
  }

  /** The names of the word pass (and of the scripts without capitals, met on the way). */
  private findByWords(text: string, from: number, to: number): Mention[] {
    const mentions: Mention[] = [];
    const length = text.length;
    const nameStart = this.nameStart;
    const scripts = this.nameStart.source === NAME_START.source ? null : this.scripts;
    let i = from;
    // One pass over the characters. Each word's lower-case hash and first letters are made on the way,
    // in local variables, so that a word that starts no name costs a few table lookups and nothing else.
    while (i < to) {
      // Names start with a capital in Latin script, so a native search jumps from one capital (or
      // non-ASCII letter) to the next: lower-case Latin text is skipped without a look.
      // In Cyrillic text the next word is usually one space away: no need to ask the regex for it.
      if (!mayStart(text.charCodeAt(i), scripts) && !mayStart(text.charCodeAt(++i), scripts)) {
        nameStart.lastIndex = i;
        if (!nameStart.test(text)) break;
        i = nameStart.lastIndex - 1;
        if (i >= to) break;
      }
      if (scripts !== null) {
        const style = scriptStyle(text.charCodeAt(i));
        if (style !== BY_WORDS) {
          i = scripts().scan(text, i, style, mentions);
          continue;
        }
      }
      let lower = foldCode(text.charCodeAt(i));
      if (lower === NOT_WORD || lower === IGNORED) {
        i++;
        continue;
      }
      const before = i > 0 ? foldCode(text.charCodeAt(i - 1)) : NOT_WORD;
      if (before !== NOT_WORD && !isDigit(before) && !isRunScript(before)) {
        // A capital inside a word (McKinsey, iPhone) starts nothing: skip to the word's end. After digits it
        // may: a time and a headline in two inline elements read as one (11:00Кыргыз-казак).
        i = wordEnd(text, i) + 1;
        continue;
      }
      const start = i;
      let hash = 0;
      let letters = 0;
      let first = 0;
      let second = 0;
      let third = 0;
      for (;;) {
        if (lower !== IGNORED) {
          if (letters === 3 && isCyrillic(first)) {
            // A Cyrillic word of four letters or more is known by its first three (see word-code.ts): the
            // rest is read only for its end, and the word's hash is made later if a name may start here.
            letters = 4;
            hash = NOT_HASHED;
            while (++i < length) {
              const next = foldCode(text.charCodeAt(i));
              if (next === NOT_WORD || isRunScript(next)) break;
            }
            break;
          }
          hash = (Math.imul(hash, 31) + lower) | 0;
          if (letters === 0) first = lower;
          else if (letters === 1) second = lower;
          else if (letters === 2) third = lower;
          letters++;
        }
        if (++i >= length) break;
        lower = foldCode(text.charCodeAt(i));
        // A Korean or Japanese particle glued to a Latin name ends its word (chars.ts isRunScript).
        if (lower === NOT_WORD || isRunScript(lower)) break;
      }
      if (hash !== NOT_HASHED) hash &= HASH_MASK;
      // What the word is looked up by: for most words their hash, for Cyrillic ones their first letters.
      const lookup = wordCode(hash, letters, first, second, third);
      if (!this.loader.prepareWord(first, letters > 1 ? second : 0, lookup)) continue;
      // `first` is the word's first letter in lower case (a word starts with a letter or digit, never with
      // an invisible character).
      const upper = text.charCodeAt(start) !== first;
      const test = this.trie.firstWords.test(lookup, upper);
      if (test === 0 || (test === 2 && !this.followerFits(text, i, lookup))) continue;
      let end = i;
      while (end > start && isIgnorable(text.charCodeAt(end - 1))) end--;
      if (hash === NOT_HASHED) hash = wordHash(text, start, i);
      const found = this.longestAt(text, start, end, hash, !takesEndings(first, letters));
      if (found) {
        mentions.push(found);
        i = found.end;
      }
    }
    return mentions;
  }

  /** Whether the word after position `from` may be the second word of a name led by the word whose code
   *  is `lead`. */
  private followerFits(text: string, from: number, lead: number): boolean {
    const start = nextWordStart(text, from);
    if (start < 0 || !isJoiningGap(text, from, start)) return false;
    const follower = followerCodeAt(text, start);
    this.loader.preparePair(lead, follower);
    return this.trie.firstWords.pairMayFollow(lead, follower);
  }

  /** The longest name starting with the word text[start, firstEnd) (`hash`: its key's hash), following
   *  every trie path its forms allow. Called for every word that passes the first-word filter. */
  private longestAt(text: string, start: number, firstEnd: number, hash: number, pairsKnown: boolean) {
    let active = this.firstNodes(text, start, firstEnd, hash);
    let best: Mention | undefined;
    const spans: number[] = [start, firstEnd];
    let end = firstEnd;
    for (let count = 1; active.length > 0; count++) {
      for (const node of active) {
        if (node.alias >= 0 && this.caseAllows(text, spans, node.alias)) {
          best = { start, end, entity: this.trie.aliasEntity[node.alias], alias: node.alias };
          break;
        }
      }
      if (count === MAX_WORDS) break;
      // Most names end here: no need to read the next word when no path goes on (a Latin first word's
      // longer names may not be in the trie yet: its pairs tell).
      const pairs = count === 1 && pairsKnown;
      if (!pairs && !active.some((node) => node.next || node.strict)) break;
      const following = nextWordStart(text, end);
      if (following < 0 || !isJoiningGap(text, end, following)) break;
      if (pairs) {
        // The usual case, a name followed by any other word, is settled without building the word's key.
        const follower = followerCodeAt(text, following);
        // Names just put in may hang from a node of their own (a Kazakh name's first word takes no ending).
        if (this.loader.preparePair(hash, follower)) active = this.firstNodes(text, start, firstEnd, hash);
        if (!this.trie.firstWords.pairMayFollow(hash, follower)) break;
      }
      end = wordEnd(text, following);
      spans.push(following, end);
      active = this.step(active, foldedKey(text, following, end), count);
    }
    return best;
  }

  /** The trie nodes the first word of a name leads to, remembered by the word's hash: a page repeats its
   *  names, and the cache spares building the word's key each time. */
  private firstNodes(text: string, start: number, end: number, hash: number): TrieNode[] {
    if (this.firstWordsOf !== this.trie.version) {
      this.firstWordCache.clear();
      this.firstWordsOf = this.trie.version;
    }
    const cached = this.firstWordCache.get(hash);
    // The word as the page wrote it last time is compared natively; another spelling of it letter by letter.
    if (cached && (isAt(text, start, end, cached.written) || sameKey(text, start, end, cached.key)))
      return cached.nodes;
    const key = foldedKey(text, start, end);
    const nodes = this.step([this.trie.root], key, 0);
    if (this.firstWordCache.size >= CANDIDATE_CACHE) this.firstWordCache.clear();
    this.firstWordCache.set(hash, { key, written: text.slice(start, end), nodes });
    return nodes;
  }

  /** The nodes reached from `active` by the word `key`, the `position`-th word of the name. */
  private step(active: TrieNode[], key: string, position: number): TrieNode[] {
    // Only Cyrillic words take endings; others are looked up as they are.
    const candidates = isCyrillic(key.charCodeAt(0)) ? this.candidatesOf(key) : null;
    const next: TrieNode[] = [];
    for (const node of active) {
      addAll(next, node.next?.get(key));
      addAll(next, node.strict?.get(key));
      if (!candidates || !node.next) continue;
      for (let c = 1; c < candidates.length; c++) {
        const candidate = candidates[c];
        // A first word's short stem is too likely to be another word: only its whole form may start a name.
        if (position === 0 && stemLength(candidate) < MIN_STEM) continue;
        addAll(next, node.next.get(candidate));
      }
    }
    return next;
  }

  /** Stems of a Cyrillic word, remembered: an article repeats its names in the same few forms. */
  private candidatesOf(key: string): string[] {
    let candidates = this.candidateCache.get(key);
    if (!candidates) {
      if (this.candidateCache.size >= CANDIDATE_CACHE) this.candidateCache.clear();
      candidates = wordCandidates(key);
      this.candidateCache.set(key, candidates);
    }
    return candidates;
  }

  private caseAllows(text: string, spans: number[], alias: number): boolean {
    const exact = this.trie.caseRules[alias];
    if (exact === ANY_CASE) return true;
    if (exact === CAPITAL_FIRST) return isCyrillicCapital(text.charCodeAt(spans[0]));
    for (let k = 0; k < spans.length / 2; k++) {
      const found = nameWords(text.slice(spans[2 * k], spans[2 * k + 1]))[0] ?? '';
      const wanted = exact[k] ?? '';
      // Cyrillic words may carry an ending, so only their start must match.
      if (found !== wanted && !(found.startsWith(wanted) && /[\u0400-\u052f]/.test(wanted))) return false;
    }
    return true;
  }
}

/** Two ordered lists of mentions as one, a mention that overlaps an earlier one left out. */
function mergeMentions(a: Mention[], b: Mention[]): Mention[] {
  const merged: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++];
    const last = merged[merged.length - 1];
    if (!last || next.start >= last.end) merged.push(next);
  }
  return merged;
}

/** ‘ among them: Uzbek sites type it for the letter ʻ (Qozog‘iston, O‘zbekiston). */
const JOINERS = new Set([0x20, 0xa0, 0x202f, 0x2d, 0x2010, 0x2011, 0x2013, 0x27, 0x2018, 0x2019, 0x2bc]);

/** Two words belong to one name only across spaces, hyphens, an apostrophe or a lone dot (Kaspi.kz). */
function isJoiningGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x2e) return true;
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && !JOINERS.has(code) && !isIgnorable(code)) return false;
  }
  return true;
}

function addAll(into: TrieNode[], nodes: TrieNode[] | undefined): void {
  if (nodes) for (const node of nodes) if (!into.includes(node)) into.push(node);
}

/** Whether text[start, end) is `word`. */
const isAt = (text: string, start: number, end: number, word: string) =>
  end - start === word.length && text.startsWith(word, start);

/** Whether text[start, end) folds to `key` (the test foldedKey would pass), without building a string. */
function sameKey(text: string, start: number, end: number, key: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (k >= key.length || lowerCode(code) !== key.charCodeAt(k++)) return false;
  }
  return k === key.length;
}

/** The word's key as aliases are keyed: lower case, ё as е, İ as i, invisible characters dropped. */
function foldedKey(text: string, start: number, end: number): string {
  const key = text.slice(start, end).toLowerCase();
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === 0x451 || code === 0x307 || (code >= 0xad && isIgnorable(code))) return wordKey(text, start, end);
  }
  return key;
}

function isCyrillicCapital(code: number): boolean {
  return (code >= 0x400 && code <= 0x42f) || (code >= 0x460 && code <= 0x52f && code % 2 === 0);
}
