// Names each captured item by the knowledge-base entities its text contains, among those the engine found on
// the page: the page's reading has judged which names stand for the entity there, this only places them.

export interface EntityNames {
  /** The knowledge base's name: what the item records, and what resolves back to the entity. */
  name: string;
  spellings: string[];
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.'&-]+$/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A spelling as a whole word: Latin as written, Cyrillic with any ending (Токаева, Қазақстанның). */
function spellingPattern(spelling: string): RegExp | null {
  const written = spelling.trim();
  if (written.length < 3) return null;
  if (LATIN.test(written)) return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(written)}(?![\\p{L}\\p{N}])`, 'u');
  const stem = written.length > 4 ? written.slice(0, -1) : written;
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(stem)}\\p{L}{0,6}(?![\\p{L}])`, 'iu');
}

/** The names of the candidates whose name or a spelling stands in the text, in the candidates' order. */
export function entitiesInText(text: string, candidates: readonly EntityNames[]): string[] {
  const found: string[] = [];
  for (const candidate of candidates) {
    const patterns = [candidate.name, ...candidate.spellings].map(spellingPattern);
    if (patterns.some((pattern) => pattern?.test(text)) && !found.includes(candidate.name)) found.push(candidate.name);
  }
  return found;
}
