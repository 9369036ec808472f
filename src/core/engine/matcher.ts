// Finds every knowledge-base name in a text in one pass: leftmost, longest, never overlapping.
import type { MatchKb } from '../kb/compiled';
import { isIgnorable } from './chars';
import { ADJECTIVE, aliasWordVariants, MIN_STEM, wordCandidates } from './inflection';
import { prefixCode, tokenize, type Words, wordKey } from './tokenize';

interface TrieNode {
  /** The alias word this node stands for. */
  word: string;
  next: Map<string, TrieNode[]> | undefined;
  /** Index into kb.aliases when an alias ends here. */
  alias: number;
}

/** A name found in the text: [start, end) in UTF-16 offsets, the entity and the alias it matched. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
  alias: number;
}

/** Marks an edge that only the whole word, with no ending, may take. */
const STRICT = '\u0001';
const KAZAKH_LETTERS = /[әғқңөұүһі]/;

const newNode = (word: string): TrieNode => ({ word, next: undefined, alias: -1 });

function addEdge(node: TrieNode, key: string, child: TrieNode): void {
  node.next ??= new Map();
  const children = node.next.get(key);
  if (!children) node.next.set(key, [child]);
  else if (!children.includes(child)) children.push(child);
}

export class Matcher {
  readonly kb: MatchKb;
  private readonly root = newNode('');
  /** Two-letter prefixes of every alias's first word: most words of a page fail this test at once. */
  private readonly firstPrefixes = new Set<number>();
  /** Written forms, word by word, of the aliases whose capitalisation must match. */
  private readonly exactWords = new Map<number, string[]>();
  /** Cyrillic proper names (Астана): in Russian and Kazakh a lower-case first letter makes them common
   *  words (астана is "capital" in Kazakh), so their first letter must be a capital in the text too. */
  private readonly capitalOnly = new Set<number>();
  private readonly maxWords: number;

  constructor(kb: MatchKb) {
    this.kb = kb;
    let maxWords = 1;
    kb.aliases.forEach(([keys, , written, caseSensitive], aliasIndex) => {
      const words = keys.split(' ');
      maxWords = Math.max(maxWords, words.length);
      let node = this.root;
      // In Kazakh only a name's last word takes endings (Астана халықаралық форумы, never Астанада ...).
      const endsOnlyAtLast = words.length > 1 && KAZAKH_LETTERS.test(keys);
      words.forEach((word, position) => {
        const strict = endsOnlyAtLast && position < words.length - 1;
        const variants = strict ? [word + STRICT] : aliasWordVariants(word, position);
        if (position === 0) for (const variant of variants) this.firstPrefixes.add(prefixCode(variant, 0, variant.length));
        node.next ??= new Map();
        const key = variants[0];
        let child = node.next.get(key)?.find((candidate) => candidate.word === word);
        if (!child) {
          child = newNode(word);
          addEdge(node, key, child);
        }
        // A stem may be shared by two names (восточн: Восточный Туркестан, Восточно-Казахстанская):
        // an edge keeps every child, and the walk follows them all.
        for (const variant of variants) if (variant !== key) addEdge(node, variant, child);
        node = child;
      });
      if (node.alias < 0) node.alias = aliasIndex;
      if (caseSensitive) this.exactWords.set(aliasIndex, writtenWords(written));
      else if (isCyrillicCapital(written.charCodeAt(0))) this.capitalOnly.add(aliasIndex);
    });
    this.maxWords = maxWords;
  }

  /** All mentions in text, in order. Block entities are included: callers decide what to show. */
  find(text: string): Mention[] {
    const words = tokenize(text);
    const mentions: Mention[] = [];
    const keyCache = new Map<number, string[]>();
    const candidatesOf = (index: number): string[] => {
      let candidates = keyCache.get(index);
      if (!candidates) {
        candidates = wordCandidates(wordKey(text, words.starts[index], words.ends[index]));
        keyCache.set(index, candidates);
      }
      return candidates;
    };
    for (let i = 0; i < words.count; i++) {
      if (!this.firstPrefixes.has(prefixCode(text, words.starts[i], words.ends[i]))) continue;
      const found = this.longestAt(text, words, i, candidatesOf);
      if (found) {
        mentions.push(found.mention);
        i = found.lastWord;
      }
      if (keyCache.size > 64) keyCache.clear();
    }
    return mentions;
  }

  private longestAt(
    text: string,
    words: Words,
    first: number,
    candidatesOf: (index: number) => string[],
  ): { mention: Mention; lastWord: number } | undefined {
    let active: TrieNode[] = [this.root];
    let best: { mention: Mention; lastWord: number } | undefined;
    for (let j = first; j < words.count && j - first < this.maxWords && active.length > 0; j++) {
      if (j > first && !isJoiningGap(text, words.ends[j - 1], words.starts[j])) break;
      const candidates = candidatesOf(j);
      const next: TrieNode[] = [];
      for (const node of active) {
        if (!node.next) continue;
        for (let c = 0; c < candidates.length; c++) {
          // A first word's short stem is too likely to be another word: only its whole form may start a name.
          const candidate = candidates[c];
          const stemLength = candidate.length - (candidate.endsWith(ADJECTIVE) ? 1 : 0);
          if (j === first && c > 0 && stemLength < MIN_STEM) continue;
          const children = node.next.get(candidate);
          if (children) for (const child of children) if (!next.includes(child)) next.push(child);
          const strictChildren = c === 0 ? node.next.get(candidate + STRICT) : undefined;
          if (strictChildren) for (const child of strictChildren) if (!next.includes(child)) next.push(child);
        }
      }
      active = next;
      for (const node of active) {
        if (node.alias >= 0 && this.caseAllows(text, words, first, j, node.alias)) {
          const mention = { start: words.starts[first], end: words.ends[j], entity: this.kb.aliases[node.alias][1], alias: node.alias };
          best = { mention, lastWord: j };
          break;
        }
      }
    }
    return best;
  }

  private caseAllows(text: string, words: Words, first: number, last: number, alias: number): boolean {
    if (this.capitalOnly.has(alias)) return isCyrillicCapital(text.charCodeAt(words.starts[first]));
    const exact = this.exactWords.get(alias);
    if (!exact) return true;
    for (let k = 0; k <= last - first; k++) {
      const found = stripIgnorable(text.slice(words.starts[first + k], words.ends[first + k]));
      const wanted = exact[k] ?? '';
      // Cyrillic words may carry an ending, so only their start must match.
      if (found !== wanted && !(found.startsWith(wanted) && /[\u0400-\u052f]/.test(wanted))) return false;
    }
    return true;
  }
}

/** Two words belong to one name only across spaces, hyphens, an apostrophe or a lone dot (Kaspi.kz). */
function isJoiningGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x2e) return true;
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const joins =
      code === 0x20 ||
      code === 0xa0 ||
      code === 0x202f ||
      code === 0x2d ||
      code === 0x2010 ||
      code === 0x2011 ||
      code === 0x2013 ||
      code === 0x27 ||
      code === 0x2019 ||
      isIgnorable(code);
    if (!joins) return false;
  }
  return true;
}

function isCyrillicCapital(code: number): boolean {
  return (code >= 0x400 && code <= 0x42f) || (code >= 0x460 && code <= 0x52f && code % 2 === 0);
}

function stripIgnorable(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (!isIgnorable(word.charCodeAt(i))) out += word[i];
  return out;
}

function writtenWords(written: string): string[] {
  const words = tokenize(written);
  const out: string[] = [];
  for (let i = 0; i < words.count; i++) out.push(stripIgnorable(written.slice(words.starts[i], words.ends[i])));
  return out;
}
