// The shape of one knowledge-base entity as written in data/kb/*.json, checked at build time.
import * as v from 'valibot';

export const ENTITY_KINDS = ['person', 'place', 'organisation', 'company', 'project', 'event', 'group'] as const;

/** anchor: alone points to Kazakhstan; context: counts only beside an anchor;
 *  ranking: foreign names, used only to match digest items; block: swallows look-alike phrases. */
export const STRENGTHS = ['anchor', 'context', 'ranking', 'block'] as const;

const aliasList = v.optional(v.array(v.pipe(v.string(), v.trim(), v.minLength(1))), []);

/** A context rule: the name (all its forms, or only those listed) does not stand for the entity where one
 *  of `words` stands near it. Every rule carries sentences that it must switch off and leave on; a unit
 *  test reads them all. */
const NotNearSchema = v.strictObject({
  /** Only these forms of the name, as written (case and hyphens ignored); all forms if absent. */
  forms: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  /** Words whose start is enough (Xinjiang, Turpan, Турфан): case is ignored. */
  words: v.pipe(v.array(v.pipe(v.string(), v.minLength(2))), v.minLength(1)),
  why: v.pipe(v.string(), v.minLength(8)),
  /** Sentences in which the name must be switched off, and some in which it must stay. */
  off: v.pipe(v.array(v.string()), v.minLength(1)),
  on: v.optional(v.array(v.string()), []),
});

export const EntitySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case')),
  name: v.pipe(v.string(), v.minLength(2)),
  kind: v.picklist(ENTITY_KINDS),
  strength: v.picklist(STRENGTHS),
  description: v.pipe(v.string(), v.minLength(8)),
  aliases: v.optional(v.strictObject({ en: aliasList, ru: aliasList, kk: aliasList, kkLatn: aliasList }), {}),
  formerNames: aliasList,
  /** Names in the world press's other languages (data/kb/languages/*.json, merged in by the loader). Not
   *  shown as spellings: they are for finding the entity, and may be inflected forms. */
  world: aliasList,
  /** Forms that are also a common word or a name elsewhere (Oral, Орал, Таразы): on a page they count
   *  as context names, beside another name only. */
  weak: aliasList,
  /** Evidence against a reading: words near a name that show it is something else here. */
  notNear: v.optional(v.array(NotNearSchema), []),
  caseSensitive: v.optional(v.boolean()),
  /** Present on a page, it means Kazakhstan is a joke or fiction there (Borat): the verdict is damped. */
  dampens: v.optional(v.boolean()),
  /** A context name that is a place in Kazakhstan and nowhere else, named too often on pages about
   *  something else to weigh as an anchor (Baikonur, on every launch page): alone it makes a page mention
   *  Kazakhstan, never be about it; beside an anchor it is a context name like any other. */
  locates: v.optional(v.boolean()),
});

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Strength = (typeof STRENGTHS)[number];
export type RawEntity = v.InferOutput<typeof EntitySchema>;
/** An entity as written, before defaults: what compile and resolve accept. */
export type EntityInput = v.InferInput<typeof EntitySchema>;

/** Validates a list of entities, naming the source and the entity in each problem. */
export function checkEntities(source: string, input: unknown): { entities: RawEntity[]; problems: string[] } {
  const problems: string[] = [];
  const entities: RawEntity[] = [];
  if (!Array.isArray(input)) return { entities, problems: [`${source}: expected a JSON array of entities`] };
  input.forEach((candidate, index) => {
    const result = v.safeParse(EntitySchema, candidate);
    if (result.success) entities.push(result.output);
    else {
      const id = (candidate as { id?: unknown })?.id ?? `#${index}`;
      for (const issue of result.issues) {
        problems.push(`${source} ${String(id)}: ${v.getDotPath(issue) ?? '(entity)'}: ${issue.message}`);
      }
    }
  });
  return { entities, problems };
}
