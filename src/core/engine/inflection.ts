// Russian, Ukrainian and Kazakh endings, so that a name written once in the nominative is found in every
// form. An alias word is stored whole and, where it declines, as a stem marked with its paradigm; a word
// of the page is cut into stem and ending, and the stem is looked up only with the paradigms whose endings
// fit. So Катков is not KATCO's Катко: a noun in -о does not decline, and -ов ends no form of it.
import { isCyrillic } from './chars';

// Endings after a name's whole nominative. Russian nouns ending in a consonant (Казахстана, Казахстане,
// Токаевым: surnames take -ым); Ukrainian adds -і (Казахстані). No genitive plural -ов/-ев: with it, a
// surname (Тенгизов) would pass for the place.
const RUSSIAN = new Set('а я у ю е и і ы ой ей ом ем ою ею ам ям ах ях ами ями ым им ові еві'.split(' '));
// Kazakh (and Kyrgyz) suffixes, which follow any word (Қазақстанның, Астанада, Тоқаевқа, Алматыдағы,
// қазақстандықтар) and stack, so two in a row are accepted; a Russian ending never stacks (Семей-н-о is
// not Семей).
const KAZAKH = new Set(
  (
    'ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті н да де та те нда нде дан ден тан тен нан нен ' +
    'мен бен пен менен бенен пенен дағы дегі тағы тегі ндағы ндегі лық лік дық дік тық тік тар тер лар лер дар дер ' +
    'ша ше сы сі ы і ың ің мыз міз ымыз іміз сын сін ын ін ' +
    // Kyrgyz writes the same suffixes with г, к, н and и where Kazakh has ғ, қ, ң and і (Казакстанга,
    // Астанадагы, Токаевдин, Алматынын).
    'га дагы тагы ндагы дын тын нын дин тин нин ди ти ни'
  ).split(' '),
);
/** Marks a stem that takes adjective endings (казахстанского, Восточным). A noun such as Уральск never
 *  takes them: Уральского is the Urals, not the city of Oral. */
export const ADJECTIVE = '~';
const ADJECTIVE_ENDINGS = new Set(
  // Russian, then Ukrainian (казахська, казахській, казахського, казахських).
  'ий ый ой ая яя ое ее ие ые ого его ому ему ым им ую юю ых их ыми ими ей ом ем ій а е у і ої ою ім'.split(' '),
);
const ADJECTIVE_NOMINATIVE = new Set(['ий', 'ый', 'ой', 'ая', 'ое', 'ие', 'ые', 'ій']);
/** Marks the stem of a noun in -а or -я (Астана: Астаны, Астане, Астану, Астаной; Ukrainian Астані, and
 *  after a vowel Данія: Данії, Данією). */
const A_NOUN = '@';
const A_NOUN_ENDINGS = new Set('а я ы и і ї е у ю ой ей ою ею єю ам ям ами ями ах ях'.split(' '));
/** Marks the stem of a noun in -й or -ь (Бурабай: Бурабая, Бурабае). */
const SOFT_NOUN = '$';
const SOFT_NOUN_ENDINGS = new Set('й ь я ю ем е и і ей ям ями ях ю єм'.split(' '));
/** Marks a common noun that takes plural endings (казах, казахстанцы: казахов, казахстанцев, казахам).
 *  Only lower-case aliases, the peoples' names, have it: with -ов, a proper name's stem would take
 *  surnames in (Катков). */
const PLURAL = '%';
const PLURAL_ENDINGS = new Set('ы и ов ев ей ам ям ами ями ах ях'.split(' '));
const MAX_SUFFIX = 8;
/** A name's first word needs a stem this long: a shorter one is too likely to be another word (Кан).
 *  Later words of a name may be shorter (Алма-Ата → Алма-Ате), since the first word already matched. */
export const MIN_STEM = 4;
const MIN_LATER_STEM = 2;

/** A candidate's letters, without the paradigm mark. */
export function stemLength(candidate: string): number {
  const last = candidate[candidate.length - 1];
  return candidate.length - (last === ADJECTIVE || last === A_NOUN || last === SOFT_NOUN || last === PLURAL ? 1 : 0);
}

/** Whether `rest` may end a noun whose stem is `stem`: one Russian ending, or up to three Kazakh suffixes,
 *  each of whose first sound fits the sound before it. */
function isNounEnding(stem: string, rest: string): boolean {
  if (RUSSIAN.has(rest)) return !(stem.endsWith('ск') && AFTER_SK.has(rest));
  return isKazakhSuffixes(stem[stem.length - 1], rest, 3);
}

/** Russian place names in -ск take no adjective endings: Уральском, Уральской are the Urals' (округе,
 *  области), not the city of Oral's. */
const AFTER_SK = new Set(['ом', 'ой', 'ою', 'и', 'им', 'ими']);

function isKazakhSuffixes(before: string, rest: string, most: number): boolean {
  if (KAZAKH.has(rest) && fitsSound(before, rest)) return true;
  if (most === 1) return false;
  for (let cut = 1; cut < rest.length; cut++) {
    const first = rest.slice(0, cut);
    if (KAZAKH.has(first) && fitsSound(before, first) && isKazakhSuffixes(first[cut - 1], rest.slice(cut), most - 1))
      return true;
  }
  return false;
}

const VOWEL = new Set('аәеёиоөуұүыіэюя');
/** Voiceless consonants, and в, which Kazakh voices as ф at the end of Russian surnames (Тоқаевтың). */
const VOICELESS = new Set('кқпстфхцчшщв');

/** Kazakh suffixes start with a consonant that assimilates to the sound before it: т, қ, к, п after a
 *  voiceless consonant (Құрықта, Тоқаевқа), д, ғ, г, б, л, м, с after a vowel or a voiced one (Семейге,
 *  not Семейке; Алматыда), н after a vowel or a nasal. A suffix that starts with a vowel follows a
 *  consonant. */
function fitsSound(before: string, suffix: string): boolean {
  const first = suffix[0];
  if ('тқкп'.includes(first)) return VOICELESS.has(before);
  if (VOWEL.has(first)) return !VOWEL.has(before);
  if (first === 'ш') return true;
  // н follows a vowel (Астананың) or a nasal (Қазақстанның), never another consonant (Семей-ным).
  if (first === 'н') return VOWEL.has(before) || 'мнң'.includes(before);
  // Kyrgyz voices в where Kazakh does not (Токаевдин, Токаевге; Kazakh Тоқаевтың, Тоқаевқа).
  return !VOICELESS.has(before) || before === 'в';
}

/** The keys a word may stand for: itself, then its Cyrillic stems, longest first, each marked with the
 *  paradigm whose ending was cut. */
export function wordCandidates(key: string): string[] {
  const candidates = [key];
  if (!isCyrillic(key.charCodeAt(0))) return candidates;
  const longest = Math.min(MAX_SUFFIX, key.length - MIN_LATER_STEM);
  for (let cut = 1; cut <= longest; cut++) {
    const stem = key.slice(0, key.length - cut);
    const rest = key.slice(key.length - cut);
    if (ADJECTIVE_ENDINGS.has(rest)) candidates.push(stem + ADJECTIVE);
    if (A_NOUN_ENDINGS.has(rest)) candidates.push(stem + A_NOUN);
    if (SOFT_NOUN_ENDINGS.has(rest)) candidates.push(stem + SOFT_NOUN);
    if (PLURAL_ENDINGS.has(rest)) candidates.push(stem + PLURAL);
    if (isNounEnding(stem, rest)) candidates.push(stem);
  }
  return candidates;
}

const VOWELS = 'аяоёеэиыуюіьйәөүұ';

/** Keys under which an alias word is stored: itself, and for Cyrillic words that decline, their marked
 *  stem: adjectives without their ending (казахстанский → казахстанск~), nouns in -а/-я and -й/-ь without
 *  it (Астана → астан@). A noun in -о, -е, -и, -ы or -у (Катко, Алматы) does not decline in Russian; a
 *  Kazakh suffix after the whole word is found through the whole word. A common noun (`commonNoun`: a
 *  lower-case alias, казах, казахстанцы) also takes the plural's endings. */
export function aliasWordVariants(key: string, position: number, commonNoun = false): string[] {
  const variants = [key];
  if (!isCyrillic(key.charCodeAt(0))) return variants;
  const shortest = position === 0 ? MIN_STEM : MIN_LATER_STEM;
  const last = key[key.length - 1];
  if (commonNoun && (last === 'ы' || last === 'и') && key.length - 1 >= shortest)
    variants.push(key.slice(0, -1) + PLURAL);
  else if (commonNoun && !VOWELS.includes(last) && key.length >= shortest) variants.push(key + PLURAL);
  if (ADJECTIVE_NOMINATIVE.has(key.slice(-2)) && key.length - 2 >= shortest) {
    variants.push(key.slice(0, -2) + ADJECTIVE);
    // A proper name in -ий may be a noun (Каспий: Каспия, Каспием) as well as an adjective.
    if (!commonNoun && key.endsWith('ий')) variants.push(key.slice(0, -1) + SOFT_NOUN);
  } else if ((last === 'а' || last === 'я') && key.length - 1 >= shortest) variants.push(key.slice(0, -1) + A_NOUN);
  else if ((last === 'й' || last === 'ь') && key.length - 1 >= shortest) variants.push(key.slice(0, -1) + SOFT_NOUN);
  return variants;
}
