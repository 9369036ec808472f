// The world press's languages beyond English, Russian and Kazakh: one file per language in
// data/kb/languages/, naming the knowledge base's entities as that press writes them. Merged into the
// entities at build time, so the rest of the build sees one list.
import * as v from 'valibot';
import type { RawEntity } from './schema';

export const PRESS_LANGUAGES = [
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'tr',
  'pl',
  'uk',
  'zh',
  'ja',
  'ko',
  'ar',
  'fa',
  'sr',
  'hi',
  'hy',
  'el',
  'mn',
  'nl',
  'hu',
  'sv',
  'no',
  'cs',
  'bg',
  'th',
  'uz',
  'ka',
  'tk',
  'he',
  'ta',
  'ky',
  'te',
  'gu',
  'kn',
  'pa',
  'ne',
  'si',
  'mr',
  'ml',
  'bn',
  'tg',
  'be',
] as const;
export type PressLanguage = (typeof PRESS_LANGUAGES)[number];

const forms = v.array(v.pipe(v.string(), v.trim(), v.minLength(1)));

export const LanguageFileSchema = v.object({
  language: v.picklist(PRESS_LANGUAGES),
  /** By entity id: every form to find (inflected and derived forms included), and former names. */
  names: v.record(v.string(), v.strictObject({ forms, former: v.optional(forms, []) })),
  /** Phrases that contain a name but are something else (伊犁哈萨克自治州): the longest match swallows them. */
  block: v.optional(forms, []),
  notes: v.optional(v.array(v.string()), []),
});
export type LanguageFile = v.InferOutput<typeof LanguageFileSchema>;

/** The entities with each language's names (and former names) added to `world`, and one block entity per
 *  language that has block phrases. Unknown ids are problems, named with the file. */
export function mergeLanguages(
  entities: RawEntity[],
  files: { source: string; data: unknown }[],
): { entities: RawEntity[]; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map(entities.map((entity) => [entity.id, { ...entity, world: [...entity.world] }]));
  const blocks: RawEntity[] = [];
  for (const { source, data } of files) {
    const parsed = v.safeParse(LanguageFileSchema, data);
    if (!parsed.success) {
      for (const issue of parsed.issues)
        problems.push(`${source}: ${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`);
      continue;
    }
    const file = parsed.output;
    for (const [id, names] of Object.entries(file.names)) {
      const entity = byId.get(id);
      if (!entity) {
        problems.push(`${source}: no entity "${id}" in data/kb`);
        continue;
      }
      // Former names in other languages are found, but hover cards show only the English, Russian and
      // Kazakh ones.
      entity.world.push(...names.forms, ...names.former);
    }
    if (file.block.length > 0)
      blocks.push({
        id: `look-alikes-${file.language}`,
        name: `Look-alike phrases (${file.language})`,
        kind: 'group',
        strength: 'block',
        description: `Phrases in ${file.language} that contain a name but mean something else.`,
        aliases: { en: [], ru: [], kk: [], kkLatn: [] },
        formerNames: [],
        world: file.block,
        weak: [],
        notNear: [],
      });
  }
  return { entities: [...byId.values(), ...blocks], problems };
}
