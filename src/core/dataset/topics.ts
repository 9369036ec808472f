// The fixed list of item topics (data/README.md); a digest item may only use these.
export const TOPICS = [
  'diplomacy',
  'politics',
  'economy',
  'energy',
  'transport',
  'security',
  'society',
  'culture',
  'sport',
  'environment',
  'technology',
  'space',
  'agriculture',
  'mining',
  'finance',
  'investment',
  'human-rights',
  'health',
  'education',
  'tourism',
  'religion',
  'media',
] as const;

export type Topic = (typeof TOPICS)[number];

const topicSet: ReadonlySet<string> = new Set(TOPICS);

export function isTopic(value: string): value is Topic {
  return topicSet.has(value);
}
