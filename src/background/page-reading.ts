// Reads pages for their content scripts: the engine runs here, once per worker, so it stays warm from one
// page to the next and a page's main thread spends nothing on finding names or judging.
/// <reference types="vite/client" />
// (For `?raw`: tests type-check this file under a config without Vite's client types.)
import kbText from '../../generated/kb-page.json?raw';
import { Matcher, type Mention } from '../core/engine';
import { type MoreRequest, type ReadingRequest, readMore, readText, type Span } from '../core/engine/reading';
import type { PageKb } from '../core/kb/compiled';
import type { NamedEntities, ReadingReplies } from '../messaging/protocol';

let matcher: Matcher | undefined;

/** Parsed at the first page the worker reads, not at every start of the worker. */
function getMatcher(): Matcher {
  matcher ??= new Matcher(JSON.parse(kbText) as PageKb);
  return matcher;
}

export function readPage(request: unknown): ReadingReplies['read-page'] {
  const checked = checkReading(request);
  const engine = getMatcher();
  const reading = readText(engine, checked);
  // The lede and body are drawn from the mentions; only the title's are found apart.
  return { ...reading, entities: entitiesOf(engine, [reading.mentions, reading.sections.title]) };
}

export function readMorePage(request: unknown): ReadingReplies['read-more'] {
  const checked = checkMore(request);
  const engine = getMatcher();
  const more = readMore(engine, checked);
  return { ...more, entities: entitiesOf(engine, more.found) };
}

function entitiesOf(engine: Matcher, lists: Mention[][]): NamedEntities {
  const named: NamedEntities = {};
  for (const mentions of lists) for (const { entity } of mentions) named[entity] ??= engine.kb.entities[entity];
  return named;
}

// A content script runs beside the page's own scripts: what it sends is checked before the engine sees it.

const isSpan = (value: unknown): value is Span =>
  Array.isArray(value) && value.length === 2 && value.every((n) => Number.isInteger(n) && n >= 0);
const isSpanOrNull = (value: unknown) => value === null || isSpan(value);
/** An optional list of spans (furniture, lists and tables), in order. */
const isSpanList = (value: unknown) =>
  value === undefined ||
  (Array.isArray(value) && value.every((span, i) => isSpan(span) && (i === 0 || span[0] >= value[i - 1][0])));

function checkReading(value: unknown): ReadingRequest {
  const request = value as ReadingRequest;
  if (
    typeof request?.text !== 'string' ||
    typeof request.title !== 'string' ||
    typeof request.url !== 'string' ||
    !isSpanOrNull(request.article) ||
    !isSpanOrNull(request.headline) ||
    !isSpanOrNull(request.lede) ||
    !isSpanList(request.furniture) ||
    !isSpanList(request.listed) ||
    (request.lang !== undefined && typeof request.lang !== 'string')
  )
    throw new Error('a page reading needs text, title, url and the article’s spans');
  return request;
}

const isMention = (value: unknown): value is Mention => {
  const mention = value as Mention;
  return Number.isInteger(mention?.start) && Number.isInteger(mention.end) && Number.isInteger(mention.entity);
};

function checkMore(value: unknown): MoreRequest {
  const request = value as MoreRequest;
  const sections = request?.sections;
  if (
    !Array.isArray(request?.texts) ||
    !request.texts.every((text) => typeof text === 'string') ||
    typeof request.url !== 'string' ||
    !Number.isFinite(request.words) ||
    !sections ||
    ![sections.title, sections.lede, sections.body].every((list) => Array.isArray(list) && list.every(isMention))
  )
    throw new Error('added text needs its texts, the sections so far, their words and the url');
  // An entity the page knowledge base does not have would break the judge: such a mention is dropped.
  const entities = getMatcher().kb.entities.length;
  const known = (list: Mention[]) => list.filter((m) => m.entity >= 0 && m.entity < entities);
  return {
    ...request,
    sections: { title: known(sections.title), lede: known(sections.lede), body: known(sections.body) },
  };
}
