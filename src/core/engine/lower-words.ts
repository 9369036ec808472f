// The forms that Latin-script languages write in lower case (German kasachische, French kazakhe, Polish
// kazachski, Italian kazako; phrases such as "préfecture autonome kazakhe d'Ili"): the word pass starts only
// at capitals, so these have a pass of their own. A native search for their first words, whole, jumps
// from one to the next; only there is a phrase's rest read.
import type { LowerWord } from '../kb/compiled';
import { isWordChar } from './chars';
import type { Mention } from './matcher';
import { escapeRegExp, nextWordStart, wordEnd, wordKey } from './words';

interface Phrase {
  /** The words after the first, as keys. */
  rest: string[];
  entity: number;
}

export class LowerWords {
  /** By first word's key: the phrases it starts, the longest first. */
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly starts: RegExp | null;

  constructor(words: LowerWord[]) {
    for (const [keys, entity] of words) {
      const [first, ...rest] = keys.split(' ');
      const phrases = this.byFirst.get(first) ?? [];
      phrases.push({ rest, entity });
      this.byFirst.set(first, phrases);
    }
    for (const phrases of this.byFirst.values()) phrases.sort((a, b) => b.rest.length - a.rest.length);
    // Longest first, so that an alternative is never cut short by a shorter one it begins with.
    const firsts = [...this.byFirst.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const escaped = firsts.map(escapeRegExp);
    // A word ends where no letter follows; ʼ is a letter to Unicode but a joiner to the matcher (chars.ts).
    this.starts = escaped.length > 0 ? new RegExp(`(?:${escaped.join('|')})(?!(?!\u02bc)[\\p{L}\\p{N}])`, 'gu') : null;
  }

  /** The lower-case forms that start in text[from, to), in order. */
  find(text: string, from: number, to: number): Mention[] {
    const found: Mention[] = [];
    const starts = this.starts;
    if (!starts) return found;
    starts.lastIndex = from;
    for (let match = starts.exec(text); match && match.index < to; match = starts.exec(text)) {
      const start = match.index;
      const end = wordEnd(text, start);
      starts.lastIndex = Math.max(end, start + 1);
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      const phrases = this.byFirst.get(wordKey(text, start, end));
      if (!phrases) continue;
      for (const phrase of phrases) {
        const phraseEnd = followedBy(text, end, phrase.rest);
        if (phraseEnd < 0) continue;
        found.push({ start, end: phraseEnd, entity: phrase.entity, alias: -1 });
        starts.lastIndex = phraseEnd;
        break;
      }
    }
    return found;
  }
}

/** Where the words `keys` end if they follow `from` (across a space, hyphen or apostrophe), or -1. */
function followedBy(text: string, from: number, keys: string[]): number {
  let end = from;
  for (const key of keys) {
    const start = nextWordStart(text, end);
    if (start < 0 || start - end > 2) return -1;
    end = wordEnd(text, start);
    if (wordKey(text, start, end) !== key) return -1;
  }
  return end;
}
