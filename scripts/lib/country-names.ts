// The world's countries in the world press's languages, from i18n-iso-countries: foreign names that weigh
// against "about Kazakhstan" (one of five countries named) and rank digest items. Each country the
// knowledge base already has (as a ranking name) gets its names added to `world`; the others become
// ranking entities of their own. Kazakhstan gets its name in every language the package knows.
import countries from 'i18n-iso-countries';
import { nameKeys } from '../../src/core/engine/words';
import { PRESS_LANGUAGES } from '../../src/core/kb/languages';
import type { RawEntity } from '../../src/core/kb/schema';
import { countryCases } from './slavic-cases';
import { traditionalNames } from './traditional-chinese';

/** Press languages whose files name Kazakhstan's own entities only. Tajik's country names (Тоҷикистон,
 *  Ӯзбекистон) would make its press's pages on Kazakhstan and Tajikistan look like one of many countries'
 *  news, and the verdict's weights were fitted without a Tajik page to learn from (two published Tajik and
 *  Uzbek pages about Kazakhstan fell to mentions with them). Belarusian likewise: the Russian names of the
 *  world's countries already count on its pages wherever the two languages write them alike. */
const OWN_NAMES_ONLY: readonly string[] = ['tg', 'be'];
const LANGUAGES = ['en', 'ru', 'kk', ...PRESS_LANGUAGES.filter((lang) => !OWN_NAMES_ONLY.includes(lang))];

/** Names too short or too common to find safely by themselves (two-letter forms, "Chad" is a first name). */
/** Chinese, Japanese and Korean name most countries in two or three characters (德国, トルコ, 독일). */
const CJK = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+$/u;
/** Georgian is read at a word's start whatever follows, and its verbs take preverbs that a four-letter
 *  country name can begin (განა, Ghana, starts განახორციელონ, "to carry out"). */
const GEORGIAN = /^[\u10a0-\u10ff]+$/u;
const unsafe = (name: string) =>
  (CJK.test(name) ? name.length < 2 : name.replace(/\s/g, '').length < (GEORGIAN.test(name) ? 5 : 4)) ||
  /\(|,/.test(name);

export function withCountries(entities: RawEntity[]): RawEntity[] {
  const byKey = new Map<string, RawEntity>();
  for (const entity of entities) {
    const { en = [] } = entity.aliases ?? {};
    for (const name of [entity.name, ...en]) byKey.set(nameKeys(name).join(' '), entity);
  }
  const added: RawEntity[] = [];
  const updated = new Map<string, RawEntity>();
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    if (code === 'KZ') continue; // below: in every language i18n-iso-countries knows
    const english = asList(countries.getName(code, 'en', { select: 'all' }));
    const known = english.map((name) => byKey.get(nameKeys(name).join(' '))).find(Boolean);
    if (known && known.strength !== 'ranking') continue; // a name the knowledge base weighs otherwise
    // Polish and Czech decline them (z Danią, v Arménii): their case forms come with the nominative.
    const names = LANGUAGES.flatMap((lang) =>
      asList(countries.getName(code, lang, { select: 'all' }))
        .filter((name) => !unsafe(name))
        .flatMap((name) => [name, ...countryCases(name, lang)]),
    );
    const simplified = asList(countries.getName(code, 'zh', { select: 'all' }));
    names.push(...traditionalNames(code, simplified).filter((name) => !unsafe(name)));
    const world = [...new Set(names)];
    if (known) {
      const entity = updated.get(known.id) ?? { ...known, world: [...known.world] };
      entity.world.push(...world);
      updated.set(known.id, entity);
    } else if (english.length > 0 && !byKey.has(nameKeys(english[0]).join(' ')))
      added.push({
        id: `country-${code.toLowerCase()}`,
        name: english[0],
        kind: 'place',
        strength: 'ranking',
        description: `Country (ISO 3166 code ${code}), named in the press's languages from i18n-iso-countries.`,
        aliases: { en: [], ru: [], kk: [], kkLatn: [] },
        formerNames: [],
        world,
        weak: [],
        notNear: [],
      });
  }
  const kazakhstan = entities.find((entity) => entity.id === 'kazakhstan');
  if (kazakhstan) {
    // Kazakhstan's own name in every language the package knows (some eighty: Kazachstán, Kazahsztán,
    // Καζακστάν, קזחסטן, ყაზახეთი, คาซัคสถาน), so that a page in any of them is read.
    const names = countries.langs().flatMap((lang) => asList(countries.getName('KZ', lang, { select: 'all' })));
    const safe = names.filter((name) => !unsafe(name));
    updated.set('kazakhstan', { ...kazakhstan, world: [...kazakhstan.world, ...safe, ...inflected(safe)] });
  }
  return [...entities.map((entity) => updated.get(entity.id) ?? entity), ...added];
}

/** Case endings that the languages of Europe put after a name in -stan (Czech Kazachstánu, Slovak
 *  Kazachstane, Hungarian Kazahsztánban, Finnish Kazakstanissa, Romanian Kazahstanului, Lithuanian
 *  Kazachstane, Latvian Kazahstānā, Dutch and Swedish Kazakstans), and the suffixes Azerbaijani joins to
 *  it (Qazaxıstanın, Qazaxıstanda, Qazaxıstanla): the matcher does not inflect Latin words, so the
 *  state's name comes with them. Only for the state, whose stem no other word shares. */
const STAN_ENDINGS = (
  'a u e i o s y em om ie ui ul ului in iin is isse issa ista ssa sta ban ba ból nak nal hoz ról ra ' +
  't it as ai ą ę ā ās ī ów ı ın da dan dakı la lı'
).split(' ');

function inflected(names: string[]): string[] {
  // Latvian names the state with its nominative ending (Kazahstāna): the stem is the name without it.
  const stems = names
    .map((name) => name.replace(/stāna$/u, 'stān'))
    .filter((name) => /^\p{Lu}[\p{Ll}]+(stan|stán|sztán|stān)$/u.test(name));
  return [...new Set(stems.flatMap((stem) => STAN_ENDINGS.map((ending) => stem + ending)))];
}

function asList(names: string | string[] | undefined): string[] {
  return names === undefined ? [] : Array.isArray(names) ? names : [names];
}
