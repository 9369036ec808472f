// How much sharing an entity says about two texts telling the same story: Tokayev more than Russia.

/** What the ranking needs to know about an entity (from the compiled knowledge base). */
export interface EntityFacts {
  kind: string;
  strength: string;
}

// Kazakhstan's own names (anchors) mark the story; foreign names (ranking) mostly mark the setting.
const STRENGTH: Record<string, number> = { anchor: 1, context: 0.7, ranking: 0.45 };
// A person or a project is one story's actor; a country is the stage of a hundred stories.
const KIND: Record<string, number> = {
  person: 1,
  project: 1,
  event: 1,
  company: 0.9,
  organisation: 0.8,
  place: 0.5,
  group: 0.4,
};

/** Every digest is about Kazakhstan: naming the country itself tells one item from another by nothing. */
export const SUBJECT_IDS: readonly string[] = ['kazakhstan'];

export type Specificity = (id: string) => number;

/**
 * weight = strength × kind × rarity (0 to 1), rarity from how many items name the entity.
 * `facts` may miss an id (an entity only a user digest names): it then counts as a plain place.
 */
export function specificityOf(
  facts: (id: string) => EntityFacts | undefined,
  itemEntityLists: readonly (readonly string[])[],
  subjectIds: readonly string[] = SUBJECT_IDS,
): Specificity {
  const df = new Map<string, number>();
  for (const list of itemEntityLists) for (const id of new Set(list)) df.set(id, (df.get(id) ?? 0) + 1);
  const total = itemEntityLists.length;
  const subjects = new Set(subjectIds);
  // Scaled so a name no item shares weighs 1 whatever the dataset's size: thresholds then hold for any size.
  const rarest = Math.log(2 + total);
  const cache = new Map<string, number>();
  return (id) => {
    let weight = cache.get(id);
    if (weight === undefined) {
      const fact = facts(id);
      const rarity = Math.log(1 + (total + 1) / ((df.get(id) ?? 0) + 1)) / rarest;
      weight = (STRENGTH[fact?.strength ?? 'ranking'] ?? 0.45) * (KIND[fact?.kind ?? 'place'] ?? 0.5) * rarity;
      if (subjects.has(id)) weight *= 0.1;
      cache.set(id, weight);
    }
    return weight;
  };
}
