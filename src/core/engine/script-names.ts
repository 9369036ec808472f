// Names in scripts without capitals, found as strings rather than through the word trie: Chinese and
// Japanese anywhere in the text (no spaces between words), Korean at a word's start (particles join the
// word: 카자흐스탄의), Arabic and Persian at a word's start or after a joined prefix (و, ب, ل, ال).
import type { ScriptName } from '../kb/compiled';
import { AFTER_PREFIX, ANYWHERE, isWordChar, type ScriptStyle, scriptFold } from './chars';
import type { Mention } from './matcher';
import { wordEnd } from './words';

/** Prefixes that Arabic and Hebrew join to a word (and, so, with, for, as, the, and combinations), by their
 *  first letter: a word that starts with none of these letters is looked up as it is, and costs one lookup. */
const PREFIXES = new Map<number, string[]>();
const ARABIC = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وب', 'ول', 'فب', 'فل', 'وال', 'بال', 'فال', 'كال', 'ولل'];
/** Hebrew's joined prefixes: and, in, to, the, from, that, as (ו ב ל ה מ ש כ), their pairs, and when (כש). */
const HEBREW = [
  'ו',
  'ב',
  'ל',
  'ה',
  'מ',
  'ש',
  'כ',
  'וב',
  'ול',
  'וה',
  'ומ',
  'וש',
  'וכ',
  'שב',
  'של',
  'שה',
  'שמ',
  'מה',
  'בה',
  'לה',
  'כש',
  'וכש',
];
for (const prefix of [...ARABIC, ...HEBREW]) {
  const first = prefix.charCodeAt(0);
  PREFIXES.set(first, [...(PREFIXES.get(first) ?? []), prefix]);
}

/** A character trie of the names, by folded character: a word is read once, however many names share
 *  its first letters (hundreds begin with ا). */
interface Node {
  next: Map<number, Node>;
  /** The entity of the name that ends here, or -1. */
  entity: number;
}

export class ScriptNames {
  private readonly root: Node = { next: new Map(), entity: -1 };

  constructor(names: ScriptName[]) {
    for (const [written, entity] of names) {
      let node = this.root;
      for (let i = 0; i < written.length; i++) {
        const code = scriptFold(written.charCodeAt(i));
        if (code < 0) continue;
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), entity: -1 };
          node.next.set(code, child);
        }
        node = child;
      }
      if (node !== this.root && node.entity < 0) node.entity = entity;
    }
  }

  get size(): number {
    return this.root.next.size;
  }

  /** Reads at text[i], a character of a script of this `style`: pushes the name found there, if any, and
   *  returns where reading goes on. */
  scan(text: string, i: number, style: ScriptStyle, mentions: Mention[]): number {
    if (style === ANYWHERE) {
      const found = this.nameAt(text, i);
      if (found) mentions.push(found);
      return found ? found.end : i + 1;
    }
    // Korean, Arabic, Persian: a name starts a word (after a prefix in Arabic script) and may carry any ending.
    // A mark of the script that is no letter (the Arabic comma, the katakana middle dot) is stepped over.
    const end = Math.max(wordEnd(text, i), i + 1);
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) return end;
    const found = this.nameAt(text, i, end);
    if (found) {
      mentions.push(found);
      return Math.max(end, wordEnd(text, found.end));
    }
    if (style !== AFTER_PREFIX) return end;
    for (const prefix of PREFIXES.get(text.charCodeAt(i)) ?? []) {
      if (!text.startsWith(prefix, i)) continue;
      const after = this.nameAt(text, i + prefix.length, end);
      if (after) {
        mentions.push(after);
        return Math.max(end, wordEnd(text, after.end));
      }
    }
    return end;
  }

  /** The longest name that starts at text[start]: one that ends inside the word that ends at `wordEnd`, or
   *  a name of several words that goes on past it at a space (Ղազախստանի Հանրապետություն). `wordEnd`
   *  is Infinity where names stand anywhere. */
  private nameAt(text: string, start: number, wordEnd = Number.POSITIVE_INFINITY): Mention | null {
    let node = this.root;
    let found: Mention | null = null;
    for (let i = start; i < text.length; i++) {
      const code = scriptFold(text.charCodeAt(i));
      if (code < 0) continue;
      const next = node.next.get(code);
      if (!next) break;
      node = next;
      if (node.entity >= 0 && (i < wordEnd || crossesAtSpace(text, wordEnd, i)))
        found = { start, end: i + 1, entity: node.entity, alias: -1 };
    }
    return found;
  }
}

/** Whether text from `wordEnd` to `last` goes on to the next words across spaces only, as a name of several
 *  words does: not across punctuation, where one name's word would join another sentence's. */
function crossesAtSpace(text: string, wordEnd: number, last: number): boolean {
  for (let i = wordEnd; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code) && code !== 0x20 && code !== 0xa0) return false;
  }
  return true;
}
