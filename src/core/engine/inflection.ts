// Russian and Kazakh endings, so that a name written once in the nominative is found in every form.
import { isCyrillic } from './chars';

// Noun endings, Russian (Казахстана, Астане, Токаевым: surnames take -ым) and Kazakh (Қазақстанның,
// Астанада, Тоқаевқа, Алматыдағы, қазақстандықтар). Kazakh stacks them, so two in a row are accepted.
const NOUN = new Set(
  (
    'а я у ю е и ы о ой ей ом ем ою ею ам ям ах ях ами ями ов ев ию ии ией ым ' +
    'ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті н да де та те нда нде дан ден тан тен нан нен ' +
    'мен бен пен дағы дегі тағы тегі ндағы ндегі лық лік дық дік тық тік тар тер лар лер дар дер ша ше сы сі ы і ың ің мыз міз ымыз'
  ).split(' '),
);
// Adjective endings (казахстанского, Восточным). An adjective alias is stored as its stem plus ADJECTIVE,
// so a noun such as Уральск never takes them: Уральского is the Urals, not the city of Oral.
const ADJECTIVE_ENDINGS = new Set(
  'ий ый ой ая яя ое ее ие ые ого его ому ему ым им ую юю ых их ыми ими ей ом ем'.split(' '),
);
export const ADJECTIVE = '~';
const ADJECTIVE_NOMINATIVE = new Set(['ий', 'ый', 'ой', 'ая', 'ое', 'ие', 'ые']);
const FINAL_VOWELS = 'аяоеьйыи';
const MAX_SUFFIX = 8;
/** A name's first word needs a stem this long: a shorter one is too likely to be another word (Кан).
 *  Later words of a name may be shorter (Алма-Ата → Алма-Ате), since the first word already matched. */
export const MIN_STEM = 4;
const MIN_LATER_STEM = 2;

function isNounEnding(rest: string): boolean {
  if (NOUN.has(rest)) return true;
  if (rest.length < 2) return false;
  for (let cut = 1; cut < rest.length; cut++)
    if (NOUN.has(rest.slice(0, cut)) && NOUN.has(rest.slice(cut))) return true;
  return false;
}

/** The keys a word may stand for: itself, then its Cyrillic stems, longest first (adjective stems marked). */
export function wordCandidates(key: string): string[] {
  const candidates = [key];
  if (!isCyrillic(key.charCodeAt(0))) return candidates;
  const longest = Math.min(MAX_SUFFIX, key.length - MIN_LATER_STEM);
  for (let cut = 1; cut <= longest; cut++) {
    const stem = key.slice(0, key.length - cut);
    const rest = key.slice(key.length - cut);
    if (ADJECTIVE_ENDINGS.has(rest)) candidates.push(stem + ADJECTIVE);
    // Russian place names in -ск: "-ском" is the adjective (Уральском округе), not the city.
    if (isNounEnding(rest) && !(rest === 'ом' && stem.endsWith('ск'))) candidates.push(stem);
  }
  return candidates;
}

/** Keys under which an alias word is stored: itself, and for Cyrillic its stem: adjectives without their
 *  ending (казахстанский → казахстанск~), nouns without a final vowel (Астана → астан: Астаны, Астане). */
export function aliasWordVariants(key: string, position: number): string[] {
  const variants = [key];
  if (!isCyrillic(key.charCodeAt(0))) return variants;
  const shortest = position === 0 ? MIN_STEM : MIN_LATER_STEM;
  if (ADJECTIVE_NOMINATIVE.has(key.slice(-2)) && key.length - 2 >= shortest)
    variants.push(key.slice(0, -2) + ADJECTIVE);
  else if (FINAL_VOWELS.includes(key[key.length - 1]) && key.length - 1 >= shortest) variants.push(key.slice(0, -1));
  return variants;
}
