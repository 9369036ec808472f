// Reads who published a reviewed article, when, and who wrote it, from the digest's own sentences.
import { toIsoDate } from './dates';
import { MONTH_NAME, monthNumber } from './importer-blocks';

// Capitalised words with the small words outlet names contain ("The Times of Central Asia", "Il Sole 24 Ore").
const NAME =
  "(?:The |the )?[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'-]*(?: (?:of|the|and|for|de|di|del|du|al|&|[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'-]*))*";
const DATE = `(${MONTH_NAME} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH_NAME}(?: \\d{4})?)`;
const KIND = '(?:article|report|piece|story|op-ed|opinion piece|interview|analysis|column|commentary|editorial)';

// Outlet phrases, most specific first. Group 1 is the outlet, group 2 the date when the phrase gives one.
const OUTLET_PATTERNS = [
  // "according to an article published in Foreign Policy on Nov. 7"
  new RegExp(
    `according to (?:an? |the )?${KIND}? ?(?:published |posted |run )?(?:in|by|on) (${NAME})(?: on ${DATE})?`,
    'u',
  ),
  // "In an article for China Daily", "in an interview with Al Jazeera"
  new RegExp(
    `\\b[Ii]n (?:an? |the |its )?${KIND} (?:for|in|with|by|published (?:in|by)) (${NAME})(?: on ${DATE})?`,
    'u',
  ),
  // "Euractiv with Reuters published an article on Nov. 8", "The Diplomat reported on June 23"
  new RegExp(
    `(?:^|[.;] )(${NAME})(?: with ${NAME})? (?:published|ran|posted|reported|wrote)\\b(?: (?:an? |the )?${KIND})?(?: on ${DATE})?`,
    'u',
  ),
  // "..., reported Reuters." "..., writes The Diplomat on Nov. 3."
  new RegExp(`\\b(?:reported|reports|wrote|writes) (${NAME})(?: on ${DATE})?[.,;]`, 'u'),
];

// Words that open a person's or an office's name, not an outlet's.
const NOT_OUTLET =
  /^(?:President|Prime|Minister|Deputy|Ambassador|Secretary|Chairman|Head|Mr|Mrs|Ms|Dr|He|She|It|They|This|That|These|Kazakhstan|Kazakh|Tokayev)\b/;

export interface OutletFind {
  outlet: string | null;
  published: string | null;
}

/** The outlet and its date from an item's paragraphs, trying the first paragraph first. `known` outlet
 *  names win over the generic capture when one starts it ("Reuters" in "Reuters Tuesday"). */
export function findOutlet(paragraphs: string[], digestDate: string | null, known: string[] = []): OutletFind {
  for (const paragraph of paragraphs) {
    for (const pattern of OUTLET_PATTERNS) {
      const match = pattern.exec(paragraph);
      if (!match) continue;
      const outlet = snapToKnown(trimName(match[1]), known);
      if (!outlet || NOT_OUTLET.test(outlet)) continue;
      return { outlet, published: match[2] ? dateNear(match[2], digestDate) : null };
    }
  }
  return { outlet: null, published: null };
}

function trimName(name: string): string {
  return name
    .replace(/(?: (?:of|the|and|for|de|di|del|du|al|&))+$/, '')
    .replace(/[.']+$/, '')
    .trim();
}

function snapToKnown(name: string, known: string[]): string {
  const lower = name.toLowerCase();
  let best = '';
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    if ((lower === c || lower.startsWith(`${c} `)) && candidate.length > best.length) best = candidate;
  }
  return best || name;
}

/** "Nov. 7" in a digest dated 2023-11-10 → 2023-11-07; a date after the digest's is last year's
 *  (a January digest reviewing a December article). Without the digest's year, only a written year counts. */
export function dateNear(phrase: string, digestDate: string | null): string | null {
  const parts = new RegExp(
    `^(?:(${MONTH_NAME}) (\\d{1,2})(?:, (\\d{4}))?|(\\d{1,2}) (${MONTH_NAME})(?: (\\d{4}))?)$`,
  ).exec(phrase);
  if (!parts) return null;
  const month = monthNumber(parts[1] ?? parts[5]);
  const day = Number(parts[2] ?? parts[4]);
  const written = parts[3] ?? parts[6];
  if (written) return toIsoDate(Number(written), month, day);
  if (!digestDate) return null;
  const year = Number(digestDate.slice(0, 4));
  const sameYear = toIsoDate(year, month, day);
  return sameYear && sameYear > digestDate ? toIsoDate(year - 1, month, day) : sameYear;
}

const PERSON = "[\\p{Lu}][\\p{L}'-]+(?: [\\p{Lu}][\\p{L}.'-]*){1,3}";
const AUTHOR_PATTERNS = [
  // "As Lynne O'Donnell states in her article"
  new RegExp(
    `\\bAs (${PERSON}) (?:states|writes|wrote|notes|noted|argues|argued|points out|pointed out|explains|observes|stresses)\\b`,
    'u',
  ),
  // "an article by Ariel Cohen", "op-ed written by ..."
  new RegExp(`\\b${KIND} (?:by|written by|authored by) (${PERSON})`, 'u'),
  // "columnist Lynne O'Donnell", "the author, Kamran Bokhari,"
  new RegExp(`\\b(?:author|columnist|journalist|correspondent|writer),? (${PERSON})`, 'u'),
  // "Kamran Bokhari, the author of the article,"
  new RegExp(`(${PERSON}), the (?:author|writer) of the ${KIND}`, 'u'),
];

const NOT_PERSON =
  /^(?:President|Prime|Minister|Deputy|Ambassador|Secretary|Chairman|The|This|That|Kazakhstan|Kazakh)\b/;

/** The author where the digest names one; null otherwise. */
export function findAuthor(paragraphs: string[], outlet: string | null): string | null {
  for (const paragraph of paragraphs) {
    for (const pattern of AUTHOR_PATTERNS) {
      const match = pattern.exec(paragraph);
      const name = match?.[1]?.trim();
      if (name && !NOT_PERSON.test(name) && name !== outlet) return name;
    }
  }
  return null;
}
