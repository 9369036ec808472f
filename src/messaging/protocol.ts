// Every message between the extension's contexts, typed in one place. Replies are results, never thrown errors.
import type { DigestPage } from '../core/dataset/digest-page';
import type { Analysis } from '../core/engine';
import type { MoreReading, MoreRequest, Reading, ReadingRequest } from '../core/engine/reading';
import type { MatchEntity } from '../core/kb/compiled';
import type { EntityNote, RankedItem } from '../core/ranking';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What a content script learned about its page, sent to the worker after each analysis. */
export interface PageReport {
  url: string;
  title: string;
  headline: string;
  lede: string;
  /** The start of the article's text, for the popup's full-text matching. */
  excerpt: string;
  published: string | null;
  outlet: string | null;
  lang: string;
  analysis: Analysis;
  /** Mentions highlighted on the page (0 when highlights are off). */
  highlighted: number;
  /** Where the page is itself a foreign media digest: its headings and paragraphs, for the popup to offer
   *  adding it to the reader's digests (content-scripts/digest-page.ts). */
  digestPage?: DigestPage;
  /** The names the extension highlights on the page, by entity, whatever the reader's switches: what the
   *  badge and the popup's chips both count (the verdict's findings also count the title, and leave out
   *  menus and rails). Most first. */
  onPage?: NameOnPage[];
  /** Main-thread time the content script spent on this page so far, and its longest slice. */
  timing?: { busyMs: number; longestSliceMs: number };
  /** Added by the worker after the report arrives: the digest items ranked for the page, the user's own
   *  digests included, so the popup's first render need not build the model and rank
   *  (src/background/digest-ranking.ts). */
  ranked?: RankedRef[];
  /** The state of the user's digests the ranking was made with (src/user-digests/key.ts): the popup uses
   *  the ranking only with the very same digests. */
  rankedWith?: string;
  /** The names of the entities the ranking's reasons give, where the user's digests name any. */
  rankedNotes?: Record<string, EntityNote>;
}

export interface NameOnPage {
  id: string;
  name: string;
  kind: string;
  count: number;
}

/** A ranked item by its id: what the worker's ranking sends the popup, which has the items. */
export type RankedRef = Omit<RankedItem, 'item'> & { id: string };

/** Per entity, what a hover card shows: the knowledge base's words and the digests' count and headlines. */
export interface EntityDetails {
  name: string;
  kind: string;
  description: string;
  spellings: string[];
  formerNames: string[];
  digests: { count: number; top: string[] } | null;
}

/** The entities a reading names, by their place in the page knowledge base: what painting and the hover
 *  card's first line need. */
export type NamedEntities = Record<number, MatchEntity>;

/** Readings go to the worker over a port named this, not as one message: copying a long text for the worker
 *  costs the page's main thread 5-9 ms per million characters, so it is sent in parts, with the page's
 *  turn between them, and the worker joins them. */
export const READING_PORT = 'reading';

/** Texts are sent in parts of at most this many characters. Chromium copies a message of up to 64 KiB inline
 *  and a larger one through shared memory set up for it, which costs many times more: sending 1 MB of text
 *  took 1.2-2.3 ms in parts of 20,000-64,000 Latin letters, 16 ms in parts of 66,000, and 32-35 ms in parts
 *  of 33,000 Cyrillic letters (two bytes each) against 2-4 ms in parts of 32,000 or fewer. 30,000 characters
 *  stay under 64 KiB in any script. */
export const READING_PART = 30_000;

/** On the reading port: parts of the texts, then one request for them, answered by one reply. */
export type ReadingPortMessage =
  | { type: 'part'; textIndex: number; part: string }
  | { type: 'read-page'; request: Omit<ReadingRequest, 'text'> }
  | { type: 'read-more'; request: Omit<MoreRequest, 'texts'> };

export interface ReadingReplies {
  'read-page': Reading & { entities: NamedEntities };
  'read-more': MoreReading & { entities: NamedEntities };
}

/** Messages to the worker, with the reply each expects. */
export interface WorkerRequests {
  'page-report': { request: { report: PageReport }; reply: null };
  'page-cleared': { request: Record<string, never>; reply: null };
  /** The first look found that the page may hold a name: the worker brings the reader into the tab. */
  'start-reader': { request: Record<string, never>; reply: null };
  'entity-details': { request: { ids: string[] }; reply: Record<string, EntityDetails> };
  /** The popup asks for the tab's report; it reads the tab's address itself, at the same time. */
  'tab-report': { request: { tabId: number }; reply: PageReport | null };
}

/** Messages from the worker to a tab's content script (keyboard commands). */
export type ContentCommand = { type: 'next-mention' } | { type: 'toggle-highlights' };

export type WorkerMessage = {
  [K in keyof WorkerRequests]: { type: K } & WorkerRequests[K]['request'];
}[keyof WorkerRequests];
