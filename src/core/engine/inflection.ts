// Russian and Kazakh endings, so that a name written once in the nominative is found in every form.
import { isCyrillic } from './chars';

// Russian noun, surname and adjective endings (Казахстана, Токаевым, казахстанского) and Kazakh case,
// plural, possessive and derivational suffixes (Қазақстанның, Астанада, Тоқаевқа, Алматыдағы, қазақстандықтар).
const RUSSIAN =
  'а я у ю е и ы о ой ей ом ем ою ею ам ям ах ях ами ями ов ев ию ии ией ий ый ая яя ое ее ие ые ого его ому ему ым им ую юю ых их ыми ими ская ский ского скому ским ском ские ских';
const KAZAKH =
    'ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті н да де та те нда нде дан ден тан тен нан нен мен бен пен дағы дегі тағы тегі ндағы ндегі лық лік дық дік тық тік тар тер лар лер дар дер ша ше сы сі ы і ың ің мыз міз ымыз',
  SUFFIXES = new Set(`${RUSSIAN} ${KAZAKH}`.split(' '));
const MAX_SUFFIX = 8;
/** A name's first word needs a stem this long: a shorter one is too likely to be another word (Кан).
 *  Later words of a name may be shorter (Алма-Ата → Алма-Ате), since the first word already matched. */
export const MIN_STEM = 4;
const MIN_LATER_STEM = 2;

function isSuffix(rest: string): boolean {
  if (SUFFIXES.has(rest)) return true;
  // Kazakh stacks suffixes: -дағы + -лар, -лар + -дың, -ның + -ы.
  for (let cut = 1; cut < rest.length; cut++) {
    if (SUFFIXES.has(rest.slice(0, cut)) && SUFFIXES.has(rest.slice(cut))) return true;
  }
  return false;
}

/** The keys a word may stand for: itself, then its Cyrillic stems, longest first. */
export function wordCandidates(key: string): string[] {
  const candidates = [key];
  if (!isCyrillic(key.charCodeAt(0))) return candidates;
  const longest = Math.min(MAX_SUFFIX, key.length - MIN_LATER_STEM);
  for (let cut = 1; cut <= longest; cut++) {
    if (isSuffix(key.slice(key.length - cut))) candidates.push(key.slice(0, key.length - cut));
  }
  return candidates;
}

/** Keys under which an alias word is stored: itself, and for Cyrillic its stem without the final vowel
 *  or adjective ending (Астана → астан, so Астаны and Астане match; казахстанский → казахстанск). */
export function aliasWordVariants(key: string, position: number): string[] {
  const variants = [key];
  if (!isCyrillic(key.charCodeAt(0))) return variants;
  const shortest = position === 0 ? MIN_STEM : MIN_LATER_STEM;
  if (/(ий|ый|ой|ая|ое|ие|ые)$/.test(key) && key.length - 2 >= shortest) variants.push(key.slice(0, -2));
  else if (/[аяоеьйыи]$/.test(key) && key.length - 1 >= shortest) variants.push(key.slice(0, -1));
  return variants;
}
