// Evidence against a reading: a name that some words near it show to be something else here (Astana
// beside Turpan is the cemetery in Xinjiang, not the capital); forms that are also common words, which
// count only as context names (Oral, Орал); and forms written with a plus that words cannot hold (OPEC+).
// The rules are data (notNear, weak in data/kb).
import type { CompiledFormRule, CompiledRule } from '../kb/compiled';
import { ANYWHERE, isCyrillic, isIgnorable, isWordChar, lowerCode, scriptStyle } from './chars';
import type { Mention } from './matcher';
import { escapeRegExp } from './words';

/** How far around a name its rule's words are looked for, in characters each way: a paragraph or two. */
export const RULE_REACH = 300;

interface Rule {
  forms: Forms | null;
  /** Any of the rule's words at a word's start (anywhere, for Chinese and Japanese), case ignored. */
  words: RegExp;
}

/** The rule's words as one case-blind search. Whether a match starts a word is checked apart: a
 *  lookbehind in the pattern would be tried at every character, eight times slower. */
function wordsPattern(words: string[]): RegExp {
  return new RegExp(words.map(escapeRegExp).join('|'), 'giu');
}

/** Whether a match of a rule's words at `at` starts a word (anywhere, for Chinese and Japanese). */
const startsWord = (text: string, at: number) =>
  at === 0 || scriptStyle(text.charCodeAt(at)) === ANYWHERE || !isWordChar(text.charCodeAt(at - 1));

/** What has been searched of one text for one rule's words: mentions come in order, so their windows move
 *  forward, and each stretch of text is searched once. */
interface Searched {
  from: number;
  to: number;
  /** Where the words start words, in [from, to). */
  hits: number[];
}

export class ContextRules {
  private readonly byEntity = new Map<number, Rule[]>();
  private readonly weakForms = new Map<number, Forms>();
  private readonly plusForms = new Map<number, Forms>();

  /** The entities that have any rule: most names have none, and cost one lookup. */
  private readonly ruled = new Set<number>();

  constructor(rules: CompiledRule[], formRules: CompiledFormRule[]) {
    for (const [entity] of [...rules, ...formRules]) this.ruled.add(entity);
    for (const [entity, forms, words] of rules) {
      const list = this.byEntity.get(entity) ?? [];
      list.push({ forms: forms ? formsOf(forms) : null, words: wordsPattern(words) });
      this.byEntity.set(entity, list);
    }
    for (const [entity, forms, rule] of formRules)
      (rule === 'weak' ? this.weakForms : this.plusForms).set(entity, formsOf(forms));
  }

  /** The mentions that no rule switches off (the same array when none does), weak forms marked; a rule's
   *  words count within `reach` characters of a name. */
  apply(text: string, mentions: Mention[], reach = RULE_REACH): Mention[] {
    if (this.ruled.size === 0) return mentions;
    // Where each rule's words stand in this text, searched only around the names that have the rule.
    const found = new Map<Rule, Searched>();
    let kept: Mention[] | null = null;
    for (let m = 0; m < mentions.length; m++) {
      const mention = mentions[m];
      if (!this.ruled.has(mention.entity)) {
        kept?.push(mention);
        continue;
      }
      const off = this.switchesOff(text, mention, found, reach);
      if (off && kept === null) kept = mentions.slice(0, m);
      else if (!off && kept !== null) kept.push(mention);
      const weak = this.weakForms.get(mention.entity);
      if (!off && weak && coversForm(weak, text, mention)) mention.weak = true;
    }
    return kept ?? mentions;
  }

  private switchesOff(text: string, mention: Mention, found: Map<Rule, Searched>, reach: number): boolean {
    const plus = this.plusForms.get(mention.entity);
    if (plus && !isPlusAt(text, mention.end) && coversForm(plus, text, mention)) return true;
    const rules = this.byEntity.get(mention.entity);
    if (!rules) return false;
    for (const rule of rules) {
      if (rule.forms && !coversForm(rule.forms, text, mention)) continue;
      const from = Math.max(0, mention.start - reach);
      const to = Math.min(text.length, mention.end + reach);
      const searched = searchUpTo(rule.words, text, found.get(rule), from, to);
      found.set(rule, searched);
      if (anyWithin(searched.hits, from, to)) return true;
    }
    return false;
  }
}

/** The search of `text` for `words` extended to cover [from, to): only the part not searched before. */
function searchUpTo(words: RegExp, text: string, before: Searched | undefined, from: number, to: number): Searched {
  const searched = before && before.to >= from ? before : { from, to: from, hits: [] };
  if (searched.to >= to) return searched;
  // A word that began before the searched end may run across it: search again from a word's length back.
  const start = Math.max(searched.from, searched.to - 40);
  const part = text.slice(start, to);
  words.lastIndex = 0;
  for (let match = words.exec(part); match; match = words.exec(part)) {
    const at = start + match.index;
    if (at >= searched.to && startsWord(text, at)) searched.hits.push(at);
  }
  searched.to = to;
  return searched;
}

/** Whether a sorted list has a value in [from, to). */
function anyWithin(sorted: number[], from: number, to: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low] < to;
}

/** A plus right after a name (OPEC+, ОПЕК +), full width too. */
function isPlusAt(text: string, at: number): boolean {
  const next = text[at] === ' ' || text[at] === '\u00a0' ? text[at + 1] : text[at];
  return next === '+' || next === '\uff0b';
}

/** Forms of a name, as keys, with the first letters they start with: most names found start with none of
 *  them, and are told so without a string being built. */
interface Forms {
  keys: string[];
  firsts: Set<number>;
}

const formsOf = (keys: string[]): Forms => ({ keys, firsts: new Set(keys.map((key) => key.charCodeAt(0))) });

/** Whether a name as found is one of the forms: Cyrillic forms with any ending. */
function coversForm(forms: Forms, text: string, mention: Mention): boolean {
  if (!forms.firsts.has(lowerCode(text.charCodeAt(mention.start)))) return false;
  const key = keyOf(text.slice(mention.start, mention.end));
  return forms.keys.some(
    (form) => key === form || (isCyrillic(form.charCodeAt(0)) && key.startsWith(form.slice(0, -1))),
  );
}

/** A name's words as keys joined by spaces (as nameKeys, without building the words one by one). */
function keyOf(found: string): string {
  let key = '';
  let gap = false;
  for (let i = 0; i < found.length; i++) {
    const code = found.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (!isWordChar(code)) gap = key.length > 0;
    else {
      if (gap) key += ' ';
      gap = false;
      key += String.fromCharCode(lowerCode(code));
    }
  }
  return key;
}
