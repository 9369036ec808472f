// The case forms of other countries' names in Polish and Czech, whose press declines them (z Danią, w Armenii,
// s Dánskem, v Arménii): i18n-iso-countries gives the nominative only, and the matcher does not inflect Latin
// words, so a page about Denmark in Polish would name no foreign country after its headline. The rules cover
// the one-word names' common paradigms; a name of another shape (Niemcy, Chile, Peru) keeps its nominative.

/** Polish locative of a feminine noun in -a, by the consonant before it: Polska w Polsce, Ukraina na Ukrainie. */
const POLISH_LOCATIVE: [string, string][] = [
  ['ka', 'ce'],
  ['ga', 'dze'],
  ['ra', 'rze'],
  ['ta', 'cie'],
  ['da', 'dzie'],
  ['na', 'nie'],
  ['wa', 'wie'],
  ['ma', 'mie'],
  ['ba', 'bie'],
  ['pa', 'pie'],
  ['sa', 'sie'],
  ['la', 'li'],
];

/** Polish: Dania and Gwinea (Danii, Danię, Danią), Rosja (Rosji, Rosję, Rosją), Polska (Polski, Polskę, Polską, Polsce),
 *  Pakistan (Pakistanu, Pakistanem, Pakistanie), Irak (Iraku, Irakiem). */
export function polishCases(name: string): string[] {
  if (/[ie]a$/.test(name)) return ['i', 'ę', 'ą'].map((ending) => name.slice(0, -1) + ending);
  if (name.endsWith('ja')) return ['ji', 'ję', 'ją'].map((ending) => name.slice(0, -2) + ending);
  if (name.endsWith('a')) {
    const stem = name.slice(0, -1);
    const soft = /[kg]$/.test(stem);
    const locative = POLISH_LOCATIVE.find(([end]) => name.endsWith(end));
    return [
      `${stem}${soft ? 'i' : 'y'}`,
      `${stem}ę`,
      `${stem}ą`,
      ...(locative ? [name.slice(0, -locative[0].length) + locative[1]] : []),
    ];
  }
  if (/[bcdfghjklłmnprstwzż]$/.test(name)) {
    const soft = /[kg]$/.test(name);
    const locative = name.endsWith('n') ? `${name}ie` : name.endsWith('t') ? `${name.slice(0, -1)}cie` : null;
    return [`${name}u`, soft ? `${name}iem` : `${name}em`, ...(locative ? [locative] : [])];
  }
  return [];
}

/** Czech locative of a feminine noun in -a: Ukrajina na Ukrajině, Amerika v Americe. */
const CZECH_LOCATIVE: [string, string][] = [
  ['ka', 'ce'],
  ['ra', 'ře'],
  ['la', 'le'],
  ['na', 'ně'],
  ['ta', 'tě'],
  ['da', 'dě'],
  ['va', 'vě'],
  ['ma', 'mě'],
  ['ba', 'bě'],
  ['pa', 'pě'],
];

/** Czech: Arménie (Arménii, Arménií), Dánsko (Dánska, Dánsku, Dánskem), Kuba (Kuby, Kubu, Kubou, Kubě),
 *  Pákistán (Pákistánu, Pákistánem). */
export function czechCases(name: string): string[] {
  if (name.endsWith('ie')) return [`${name.slice(0, -1)}i`, `${name.slice(0, -1)}í`];
  if (/[sc]ko$/.test(name)) return ['a', 'u', 'em'].map((ending) => name.slice(0, -1) + ending);
  if (name.endsWith('a')) {
    const locative = CZECH_LOCATIVE.find(([end]) => name.endsWith(end));
    return [
      ...['y', 'u', 'ou'].map((ending) => name.slice(0, -1) + ending),
      ...(locative ? [name.slice(0, -locative[0].length) + locative[1]] : []),
    ];
  }
  if (/[bcčdfghjklmnprřsštvzž]$/.test(name)) return [`${name}u`, `${name}em`];
  return [];
}

const RULES: Record<string, (name: string) => string[]> = { pl: polishCases, cs: czechCases };

/** The case forms of a country's name in `lang`, for the one-word names of the languages that decline them. */
export function countryCases(name: string, lang: string): string[] {
  const rule = RULES[lang];
  if (!rule || !/^\p{Lu}\p{Ll}+$/u.test(name)) return [];
  return rule(name).filter((form) => form !== name && form.length >= 4);
}
