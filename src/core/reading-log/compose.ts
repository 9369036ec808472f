// A digest the reader composes from their log: the draft as it is edited, what keeps it from being a digest
// in the dataset's own format, and the digest it becomes (which any reader imports with nothing lost).
import { isIsoDate } from '../dataset/dates';
import { SUMMARY_WORDS } from '../dataset/rules';
import type { Digest, DigestItem } from '../dataset/schema';
import { countWords } from '../dataset/text';
import { suggestTopics } from '../dataset/topic-keywords';
import { TOPICS, type Topic } from '../dataset/topics';
import { SUBJECT_IDS } from '../ranking/specificity';
import type { LogEntry } from './log';

export interface DraftItem {
  /** The page's address: the item's url, and what names the item within its draft. */
  url: string;
  headline: string;
  outlet: string;
  published: string | null;
  summary: string;
  /** The knowledge base's names of the entities the page's reading found. */
  entities: string[];
  topics: Topic[];
}

export interface Draft {
  id: string;
  title: string;
  publisher: string;
  /** The digest's date (YYYY-MM-DD). */
  date: string;
  items: DraftItem[];
  /** Last change, ms since 1970: drafts are listed latest first. */
  updatedAt: number;
}

/** A digest of the project reviews a week or two: a draft holds at most this many pages. */
export const MAX_DRAFT_ITEMS = 40;
export const MAX_DRAFTS = 20;
/** Bounds on what a reader types, so a draft cannot fill the browser's storage. */
export const MAX_FIELD = 300;
export const MAX_SUMMARY_CHARS = 1500;
/** The names a page's reading found most often (an unnamed one, and the subject itself, name nothing an
 *  item is about); the project's items name three to six. */
const MAX_ITEM_ENTITIES = 8;

export function draftItemOf(entry: LogEntry): DraftItem {
  return {
    url: entry.url,
    headline: entry.title,
    outlet: entry.outlet ?? '',
    published: entry.published,
    summary: '',
    entities: entry.entities
      .filter((entity) => entity.name !== entity.id && !SUBJECT_IDS.includes(entity.id))
      .slice(0, MAX_ITEM_ENTITIES)
      .map((entity) => entity.name),
    topics: suggestTopics(entry.title),
  };
}

export function newDraft(entries: readonly LogEntry[], id: string, today: string, now: number): Draft {
  return {
    id,
    title: '',
    publisher: '',
    date: today,
    items: entries.slice(0, MAX_DRAFT_ITEMS).map(draftItemOf),
    updatedAt: now,
  };
}

/** Why a draft is not yet a digest of the dataset's format and rules, in order; the popup words them. */
export type ComposeProblem =
  | { kind: 'no-items' }
  | { kind: 'publisher' }
  | { kind: 'date' }
  | { kind: 'headline'; item: number }
  | { kind: 'outlet'; item: number }
  | { kind: 'summary'; item: number; words: number }
  | { kind: 'topics'; item: number }
  | { kind: 'published-after'; item: number };

export function summaryFits(words: number): boolean {
  return words >= SUMMARY_WORDS.min && words <= SUMMARY_WORDS.max;
}

export function composeProblems(draft: Draft): ComposeProblem[] {
  const problems: ComposeProblem[] = [];
  if (draft.items.length === 0) problems.push({ kind: 'no-items' });
  if (draft.publisher.trim() === '') problems.push({ kind: 'publisher' });
  if (!isIsoDate(draft.date)) problems.push({ kind: 'date' });
  draft.items.forEach((item, item0) => {
    const n = item0 + 1;
    if (item.headline.trim() === '') problems.push({ kind: 'headline', item: n });
    if (item.outlet.trim() === '') problems.push({ kind: 'outlet', item: n });
    const words = countWords(item.summary);
    if (!summaryFits(words)) problems.push({ kind: 'summary', item: n, words });
    if (item.topics.length === 0) problems.push({ kind: 'topics', item: n });
    if (item.published && isIsoDate(draft.date) && item.published > draft.date)
      problems.push({ kind: 'published-after', item: n });
  });
  return problems;
}

/** Lower-case Latin letters and digits joined by dashes; other scripts leave nothing. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** The digest in the dataset's format: id from the publisher and the date, month from the date. Only for a
 *  draft without problems. */
export function digestOf(draft: Draft): Digest {
  const items = draft.items.map(
    (item): DigestItem => ({
      headline: item.headline.trim(),
      outlet: item.outlet.trim(),
      published: item.published,
      author: null,
      summary: item.summary.trim().replace(/\s+/g, ' '),
      entities: [...new Set(item.entities)],
      topics: TOPICS.filter((topic) => item.topics.includes(topic)),
      url: /^https?:\/\//i.test(item.url) ? item.url : null,
    }),
  );
  const title = draft.title.trim();
  return {
    id: `${slug(draft.publisher) || 'digest'}-${draft.date}`,
    publisher: draft.publisher.trim(),
    date: draft.date,
    month: draft.date.slice(0, 7),
    url: null,
    title: title === '' ? null : title,
    items,
  };
}

/** One change a reader makes to a draft: applied to the popup's copy at once, and to the stored draft as it
 *  is then (another window may have changed other fields meanwhile). */
export type DraftEdit =
  | { field: 'title' | 'publisher' | 'date'; value: string }
  | { url: string; field: 'headline' | 'outlet' | 'summary'; value: string }
  | { url: string; field: 'published'; value: string | null }
  | { url: string; field: 'topics'; value: Topic[] }
  | { url: string; field: 'remove' };

export function applyEdit(draft: Draft, edit: DraftEdit): Draft {
  if (!('url' in edit)) return { ...draft, [edit.field]: edit.value.slice(0, MAX_FIELD) };
  if (edit.field === 'remove') return { ...draft, items: draft.items.filter((item) => item.url !== edit.url) };
  const value =
    typeof edit.value === 'string'
      ? edit.value.slice(0, edit.field === 'summary' ? MAX_SUMMARY_CHARS : MAX_FIELD)
      : edit.value;
  return {
    ...draft,
    items: draft.items.map((item) => (item.url === edit.url ? { ...item, [edit.field]: value } : item)),
  };
}
