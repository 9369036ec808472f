// Russian and Kazakh word lists from Debian's hunspell dictionaries (hunspell-ru, hunspell-kk), expanded to
// every form by hunspell-tools' unmunch: each dictionary word (its lemma) with the forms it takes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface Lemma {
  lemma: string;
  forms: string[];
}

const DICTIONARIES = '/usr/share/hunspell';
export const WORD_LIST_PACKAGES = 'hunspell-ru hunspell-kk hunspell-tools';

/** The lemmas of a dictionary (ru_RU, kk_KZ) with their forms. Throws, naming the Debian packages, when
 *  the dictionary or unmunch is missing: .ci/run installs them. */
export function lemmasOf(dictionary: 'ru_RU' | 'kk_KZ'): Lemma[] {
  const dic = `${DICTIONARIES}/${dictionary}.dic`;
  if (!existsSync(dic)) throw new Error(`${dic} is missing: apt-get install ${WORD_LIST_PACKAGES} (as .ci/run does)`);
  let expanded: string;
  try {
    expanded = execFileSync('unmunch', [dic, `${DICTIONARIES}/${dictionary}.aff`], {
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString();
  } catch (error) {
    throw new Error(`unmunch failed (${(error as Error).message}): apt-get install ${WORD_LIST_PACKAGES}`);
  }
  const clean = (word: string) => word.replace(/^\uFEFF/, '').trim();
  // unmunch writes each dictionary word, then its forms, in the dictionary's order.
  const roots = readFileSync(dic, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => clean(line.split('/')[0]))
    .filter(Boolean);
  const lemmas: Lemma[] = [];
  let next = 0;
  for (const line of expanded.split(/\r?\n/)) {
    const word = clean(line);
    if (!word) continue;
    if (next < roots.length && word === roots[next]) {
      lemmas.push({ lemma: word, forms: [] });
      next++;
    } else lemmas[lemmas.length - 1]?.forms.push(word);
  }
  return lemmas;
}
