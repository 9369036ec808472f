// The shape of one digest file (data/digests/*.json, user imports), as a valibot schema and TS types.
import * as v from 'valibot';
import { isIsoDate, isIsoMonth } from './dates';
import { countWords } from './text';
import { TOPICS } from './topics';

/** Upper bound for a summary. The project writes 25-70 words (see rules.ts); a user's own import keeps
 *  the digest's paragraphs, which run longer. */
export const MAX_SUMMARY_WORDS = 600;

const shown = (input: unknown) => (typeof input === 'string' ? input : JSON.stringify(input));

// A strict object reports a missing key with input undefined, an extra key with the key's name as input.
const unknownOrMissing = (issue: { input: unknown }) =>
  issue.input === undefined ? 'missing field' : `unknown field: ${shown(issue.input)}`;

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

const isoDate = v.pipe(
  v.string('must be a date (YYYY-MM-DD) or null'),
  v.check(isIsoDate, (issue) => `not a date: ${shown(issue.input)}`),
);

const isoMonth = v.pipe(
  v.string('must be a month (YYYY-MM) or null'),
  v.check(isIsoMonth, (issue) => `not a month: ${shown(issue.input)}`),
);

const httpUrl = v.pipe(
  v.string('must be an address or null'),
  v.check(
    (value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value),
    (issue) => `not an http(s) address: ${shown(issue.input)}`,
  ),
);

export const DigestItemSchema = v.strictObject(
  {
    headline: v.nullable(text('headline')),
    outlet: text('outlet'),
    published: v.nullable(isoDate),
    author: v.nullable(text('author')),
    summary: v.pipe(
      v.string('summary must be text'),
      v.trim(),
      v.check((value) => countWords(value) >= 1, 'summary must not be empty'),
      v.check(
        (value) => countWords(value) <= MAX_SUMMARY_WORDS,
        (issue) => `summary has ${countWords(String(issue.input))} words; the limit is ${MAX_SUMMARY_WORDS}`,
      ),
    ),
    entities: v.array(text('entity name'), 'entities must be a list of names'),
    topics: v.array(
      v.picklist(TOPICS, (issue) => `unknown topic: ${shown(issue.input)} (allowed: ${TOPICS.join(', ')})`),
      'topics must be a list',
    ),
    url: v.nullable(httpUrl),
  },
  unknownOrMissing,
);

export const DigestSchema = v.strictObject(
  {
    id: v.pipe(
      v.string('id must be text'),
      v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (issue) => `id must be lower-case kebab-case: ${shown(issue.input)}`),
    ),
    publisher: text('publisher'),
    date: v.nullable(isoDate),
    month: v.nullable(isoMonth),
    url: v.nullable(httpUrl),
    title: v.nullable(text('title')),
    language: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^[a-z]{2}$/, (issue) => `language must be a two-letter code: ${shown(issue.input)}`),
      ),
    ),
    items: v.pipe(
      v.array(DigestItemSchema, 'items must be a list'),
      v.minLength(1, 'a digest needs at least one item'),
    ),
  },
  unknownOrMissing,
);

export type DigestItem = v.InferOutput<typeof DigestItemSchema>;
export type Digest = v.InferOutput<typeof DigestSchema>;
