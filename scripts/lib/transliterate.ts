// Russian names as the German, Polish, French and Czech or Slovak press spell them, by each language's
// transliteration (Токаев: Tokajew, Tokajew, Tokaïev, Tokajev; Шымкент: Schymkent, Szymkent, Chymkent,
// Šymkent). The language files name the sixty-eight entities the digests use most by hand; this gives
// every other person and place of the knowledge base its spelling in those languages, at build time.
import type { RawEntity } from '../../src/core/kb/schema';

type Table = Record<string, string>;

const COMMON: Table = {
  а: 'a',
  б: 'b',
  г: 'g',
  д: 'd',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  т: 't',
  ф: 'f',
  ы: 'y',
  э: 'e',
  ъ: '',
  ь: '',
};

interface Scheme {
  letters: Table;
  /** е, ю, я, ё: after a consonant, and at a word's start or after a vowel (iotated). */
  soft: Table;
  iotated: Table;
  /** й before a vowel, and elsewhere. */
  shortI: [string, string];
  /** и and й right after a vowel (French writes ï there: Tokaïev). */
  afterVowel?: Table;
}

const SCHEMES: Record<'de' | 'pl' | 'fr' | 'cs', Scheme> = {
  de: {
    letters: {
      ...COMMON,
      в: 'w',
      ж: 'sch',
      з: 's',
      и: 'i',
      с: 's',
      у: 'u',
      х: 'ch',
      ц: 'z',
      ч: 'tsch',
      ш: 'sch',
      щ: 'schtsch',
    },
    soft: { е: 'e', ё: 'jo', ю: 'ju', я: 'ja' },
    iotated: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
    shortI: ['j', 'i'],
  },
  pl: {
    letters: {
      ...COMMON,
      в: 'w',
      ж: 'ż',
      з: 'z',
      и: 'i',
      л: 'ł',
      с: 's',
      у: 'u',
      х: 'ch',
      ц: 'c',
      ч: 'cz',
      ш: 'sz',
      щ: 'szcz',
    },
    soft: { е: 'e', ё: 'io', ю: 'iu', я: 'ia' },
    iotated: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
    shortI: ['j', 'j'],
  },
  fr: {
    letters: {
      ...COMMON,
      в: 'v',
      ж: 'j',
      з: 'z',
      и: 'i',
      с: 's',
      у: 'ou',
      х: 'kh',
      ц: 'ts',
      ч: 'tch',
      ш: 'ch',
      щ: 'chtch',
    },
    soft: { е: 'e', ё: 'io', ю: 'iou', я: 'ia' },
    iotated: { е: 'ïe', ё: 'io', ю: 'iou', я: 'ia' },
    shortI: ['ï', 'ï'],
    afterVowel: { и: 'ï' },
  },
  cs: {
    letters: { ...COMMON, в: 'v', ж: 'ž', з: 'z', и: 'i', с: 's', у: 'u', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč' },
    soft: { е: 'e', ё: 'jo', ю: 'ju', я: 'ja' },
    iotated: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
    shortI: ['j', 'j'],
  },
};

const VOWELS = 'аеёиоуыэюя';
/** Spellings that are another common name in the language that spells them so (Taras, Тараз in German, is
 *  a common first name): never added. */
const TAKEN = new Set(['Taras']);
const RUSSIAN_ONLY = /^[А-ЯЁа-яё\s-]+$/;

/** One Russian name in a scheme; null where it has letters the scheme does not know (Kazakh ә, ұ). */
export function transliterate(name: string, scheme: Scheme): string | null {
  if (!RUSSIAN_ONLY.test(name)) return null;
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const letter = name[i];
    const lower = letter.toLowerCase();
    const before = name[i - 1]?.toLowerCase() ?? '';
    const next = name[i + 1]?.toLowerCase() ?? '';
    const startsWord = i === 0 || !/[а-яё]/i.test(before);
    const afterVowel = before !== '' && (VOWELS.includes(before) || before === 'ь' || before === 'ъ');
    let written: string;
    if (!/[а-яё]/.test(lower)) written = letter;
    else if (lower in scheme.soft) written = (startsWord || afterVowel ? scheme.iotated : scheme.soft)[lower];
    else if (lower === 'й') written = next !== '' && VOWELS.includes(next) ? scheme.shortI[0] : scheme.shortI[1];
    else if (afterVowel && scheme.afterVowel?.[lower]) written = scheme.afterVowel[lower];
    else if (scheme === SCHEMES.pl && lower === 'л' && next !== '' && 'еёиьюя'.includes(next)) written = 'l';
    else if (scheme === SCHEMES.fr && lower === 'с' && afterVowel && next !== '' && VOWELS.includes(next))
      written = 'ss';
    else written = scheme.letters[lower] ?? '';
    out += letter !== lower && written ? written[0].toUpperCase() + written.slice(1) : written;
  }
  return out;
}

/** Every person's and place's Russian names, spelled in each scheme, added to `world`: names of five
 *  letters or more, capitalised (a proper name), that the entity does not have yet. */
export function withTransliterations(entities: RawEntity[]): RawEntity[] {
  return entities.map((entity) => {
    if ((entity.kind !== 'person' && entity.kind !== 'place') || entity.strength === 'ranking') return entity;
    const russian = [...(entity.aliases?.ru ?? []), ...entity.formerNames].filter((name) => /^[А-ЯЁ]/.test(name));
    const have = new Set([entity.name, ...Object.values(entity.aliases ?? {}).flat(), ...entity.world]);
    const spelled = russian.flatMap((name) => Object.values(SCHEMES).map((scheme) => transliterate(name, scheme)));
    const added = [...new Set(spelled)].filter(
      (name): name is string =>
        name !== null && name.replace(/[\s-]/g, '').length >= 5 && !have.has(name) && !TAKEN.has(name),
    );
    return added.length > 0 ? { ...entity, world: [...entity.world, ...added] } : entity;
  });
}

export const schemes = SCHEMES;
