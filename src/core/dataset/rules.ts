// Rules the project's own digests keep beyond the schema (README: 25-70-word summaries, file named by id, ...).
import type { Digest } from './schema';
import { countWords } from './text';

export const SUMMARY_WORDS = { min: 25, max: 70 } as const;

/** Names an item in messages: its index and headline, or its outlet when it has no headline. */
export function describeItem(digest: Digest, index: number): string {
  const item = digest.items[index];
  const label = item?.headline ? `"${item.headline}"` : `(no headline; outlet ${item?.outlet ?? '?'})`;
  return `item ${index} ${label}`;
}

/** Problems in a digest from data/digests/; `file` is its file name. */
export function checkProjectRules(file: string, digest: Digest): string[] {
  const problems: string[] = [];
  const say = (where: string, message: string) => problems.push(`${file} ${where}: ${message}`);
  if (file.replace(/\.json$/, '') !== digest.id) say('id', `"${digest.id}" does not match the file name`);
  if (digest.date && digest.month !== digest.date.slice(0, 7)) {
    say('month', `${digest.month} does not agree with date ${digest.date}`);
  }
  digest.items.forEach((item, index) => {
    const where = describeItem(digest, index);
    const words = countWords(item.summary);
    if (words < SUMMARY_WORDS.min || words > SUMMARY_WORDS.max) {
      say(where, `summary has ${words} words; write ${SUMMARY_WORDS.min}-${SUMMARY_WORDS.max}`);
    }
    if (item.topics.length === 0) say(where, 'needs at least one topic');
    if (new Set(item.topics).size !== item.topics.length) say(where, 'a topic is listed twice');
    if (new Set(item.entities).size !== item.entities.length) say(where, 'an entity is listed twice');
    if (item.published && digest.date && item.published > digest.date) {
      say(where, `published ${item.published} is after the digest's date ${digest.date}`);
    }
  });
  return problems;
}
