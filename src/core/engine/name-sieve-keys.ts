// The name sieve's keys, made at build time from the knowledge base (see name-sieve.ts, which the page runs):
// which word of each anchor's every form the sieve asks for, and how many of its first letters.
import type { MatchKb } from '../kb/compiled';
import { isCyrillic, scriptFold } from './chars';
import { aliasWordVariants, stemLength } from './inflection';
import { hashOf, LONGEST_KEY, OFFSET, PAIR_PLACES, type PackedSieve, pairKey, SCREEN_BITS } from './name-sieve';

/** A name's word as the sieve asks for it. The matcher finds a Latin, Greek or Cyrillic acronym's word
 *  whole, so the key is the whole word (up to LONGEST_KEY letters). A Cyrillic word takes endings after its
 *  stem (Астана: Астане; казахстанский: казахстанского; any word: Қазақстанда), so its key is its shortest
 *  stem's letters (inflection.ts), which every form starts with. */
function keyOf(written: string, position: number, acronym: boolean, commonNoun: boolean): Key {
  const word = written.replace(/ς/g, 'σ');
  if (!isCyrillic(word.charCodeAt(0)) || (acronym && word.length <= 3)) {
    const whole = word.length <= LONGEST_KEY;
    return {
      hash: hashOf(word, whole ? word.length : LONGEST_KEY, whole),
      letters: Math.min(LONGEST_KEY, word.length),
    };
  }
  const stem = Math.min(LONGEST_KEY, ...aliasWordVariants(word, position, commonNoun).map(stemLength));
  return { hash: hashOf(word, stem, false), letters: stem };
}

/** How often each key stands in `texts`, as a word's start or as a whole word: the commonness of a name's
 *  words in ordinary prose. */
function keyCounts(texts: string[]): Map<number, number> {
  const counts = new Map<number, number>();
  const count = (hash: number) => counts.set(hash, (counts.get(hash) ?? 0) + 1);
  for (const text of texts)
    for (const word of text.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)) {
      for (let length = 2; length <= Math.min(LONGEST_KEY, word.length); length++) count(hashOf(word, length, false));
      if (word.length <= LONGEST_KEY) count(hashOf(word, word.length, true));
    }
  return counts;
}

interface Key {
  hash: number;
  letters: number;
}

/** Each word's key, in the name's order. */
const keysOf = (keys: string, acronym: boolean, commonNoun: boolean): Key[] =>
  keys.split(' ').map((word, position) => keyOf(word, position, acronym, commonNoun));

/** Short words stand on every page, whatever the prose says (G, Ak, Nur). */
const SHORT = 3;

/** What the sieve holds: the keys one of which lets a text through, and the pairs of keys that let it
 *  through together. */
export interface SieveKeys {
  singles: number[];
  pairs: [number, number][];
}

/** The keys of every form of a name that gives a page a verdict (an anchor, or a place only Kazakhstan has:
 *  Baikonur): what the build packs (packSieve) for the page. A name of several words
 *  is let through by a word whose key the sieve already holds where it has one (the Kazakhstan of "National
 *  Bank of Kazakhstan"), else by its two words least common in `prose` (the dataset's summaries and the
 *  knowledge base's descriptions) together: Foreign Investors' Council by "investors" and "council", since
 *  "investors" alone stands on any page about money. */
export function sieveKeys(kb: MatchKb, prose: string[] = []): SieveKeys {
  const anchors = new Set(
    kb.entities.flatMap((entity, index) => (entity.strength === 'anchor' || entity.locates ? [index] : [])),
  );
  const names: Key[][] = [
    ...kb.aliases
      .filter(([, entity]) => anchors.has(entity))
      .map(([keys, , written, caseSensitive]) =>
        keysOf(keys, caseSensitive === 1 && written === written.toUpperCase(), written === written.toLowerCase()),
      ),
    ...kb.lowerWords.filter(([, entity]) => anchors.has(entity)).map(([key]) => keysOf(key, false, true)),
  ];
  const singles = new Set<number>();
  for (const keys of names) if (keys.length === 1) singles.add(keys[0].hash);
  for (const [written, entity] of kb.scriptNames) {
    if (!anchors.has(entity)) continue;
    const folded = [...written].map((char) => scriptFold(char.charCodeAt(0))).filter((code) => code >= 0);
    singles.add(hashOf(String.fromCharCode(...folded), 2, false));
  }
  const counts = keyCounts(prose);
  const commonness = (key: Key) => (key.letters <= SHORT ? 1e9 : 0) + (counts.get(key.hash) ?? 0) - key.letters / 10;
  const pairs = new Map<string, [number, number]>();
  for (const keys of names) {
    if (keys.length === 1 || keys.some((key) => singles.has(key.hash))) continue;
    const [rarest, next] = [...keys].sort((a, b) => commonness(a) - commonness(b));
    pairs.set(`${rarest.hash},${next.hash}`, [rarest.hash, next.hash]);
  }
  return { singles: [...singles].sort((a, b) => a - b), pairs: [...pairs.values()] };
}

/** Each hash as two UTF-16 units of 15 bits (no surrogate among them), after an offset that keeps control
 *  characters out: the page searches the string as shipped, without decoding it. */
const encode = (values: number[]) =>
  values.map((value) => String.fromCharCode(OFFSET + (value >> 15), OFFSET + (value & 0x7fff))).join('');

/** One bit per SCREEN_BITS slot of every key's hash, 15 bits to a unit (see name-sieve.ts screened). */
function screenOf(hashes: number[]): string {
  const units = new Array<number>(SCREEN_BITS / 16).fill(0);
  for (const hash of hashes) {
    const slot = hash & (SCREEN_BITS - 1);
    if ((slot & 15) !== 15) units[slot >> 4] |= 1 << (slot & 15);
  }
  return units.map((unit) => String.fromCharCode(OFFSET + unit)).join('');
}

/** The keys as the page searches them: sorted; each pair's words listed too, and the pairs by their words'
 *  places in that list, as one number each (the smaller place first). */
export function packSieve(keys: SieveKeys): PackedSieve {
  const parts = [...new Set(keys.pairs.flat())].sort((a, b) => a - b);
  if (parts.length > PAIR_PLACES) throw new Error(`${parts.length} words of pairs: more than ${PAIR_PLACES}`);
  const place = new Map(parts.map((hash, index) => [hash, index]));
  const pairs = keys.pairs.map(([a, b]) => pairKey(place.get(a)!, place.get(b)!));
  return {
    screen: screenOf([...keys.singles, ...parts]),
    singles: encode(keys.singles),
    parts: encode(parts),
    pairs: encode([...new Set(pairs)].sort((a, b) => a - b)),
  };
}
