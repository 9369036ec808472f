// A small hand-made knowledge base: the engine's tests must not move when data/kb grows.

import { Matcher } from '../../../src/core/engine';
import { compileKnowledgeBase } from '../../../src/core/kb/compile';
import type { EntityInput } from '../../../src/core/kb/schema';

const entity = (
  fields: Partial<EntityInput> & Pick<EntityInput, 'id' | 'name' | 'kind' | 'strength'>,
): EntityInput => ({
  description: `Test entity ${fields.name}.`,
  aliases: {},
  formerNames: [],
  ...fields,
});

export const SAMPLE_ENTITIES: EntityInput[] = [
  entity({
    id: 'kazakhstan',
    name: 'Kazakhstan',
    kind: 'place',
    strength: 'anchor',
    aliases: { en: ['Qazaqstan', 'Republic of Kazakhstan'], ru: ['Казахстан'], kk: ['Қазақстан'] },
  }),
  entity({
    id: 'tokayev',
    name: 'Kassym-Jomart Tokayev',
    kind: 'person',
    strength: 'anchor',
    aliases: {
      en: ['Tokayev', 'Tokaev', 'Kasym-Zhomart Tokayev', 'Kasymzhomart Tokayev'],
      ru: ['Токаев', 'Касым-Жомарт Токаев'],
      kk: ['Тоқаев'],
      kkLatn: ['Toqaev'],
    },
  }),
  entity({
    id: 'astana',
    name: 'Astana',
    kind: 'place',
    strength: 'anchor',
    aliases: { ru: ['Астана'], kk: ['Астана'] },
    formerNames: ['Nur-Sultan', 'Akmola', 'Tselinograd'],
  }),
  entity({
    id: 'almaty',
    name: 'Almaty',
    kind: 'place',
    strength: 'anchor',
    aliases: { ru: ['Алматы'] },
    formerNames: ['Alma-Ata', 'Алма-Ата', 'Verny'],
  }),
  entity({
    id: 'kazakhs',
    name: 'Kazakhs',
    kind: 'group',
    strength: 'anchor',
    aliases: { en: ['Kazakh', 'Kazakhstani'], ru: ['казах', 'казахстанский', 'казахский'], kk: ['қазақ'] },
  }),
  entity({ id: 'ktz', name: 'Kazakhstan Temir Zholy', kind: 'company', strength: 'anchor', aliases: { en: ['KTZ'] } }),
  entity({
    id: 'astana-international-forum',
    name: 'Astana International Forum',
    kind: 'event',
    strength: 'anchor',
    aliases: { ru: ['Астанинский международный форум'], kk: ['Астана халықаралық форумы'] },
  }),
  entity({
    id: 'tengiz',
    name: 'Tengiz oil field',
    kind: 'project',
    strength: 'anchor',
    aliases: { ru: ['месторождение Тенгиз'] },
  }),
  entity({ id: 'turkestan', name: 'Turkestan', kind: 'place', strength: 'context', aliases: { ru: ['Туркестан'] } }),
  entity({
    id: 'east-turkestan',
    name: 'East Turkestan',
    kind: 'place',
    strength: 'block',
    aliases: { ru: ['Восточный Туркестан'] },
  }),
  entity({ id: 'caspian-sea', name: 'Caspian Sea', kind: 'place', strength: 'context', aliases: { en: ['Caspian'] } }),
  entity({ id: 'baikonur', name: 'Baikonur', kind: 'place', strength: 'context', locates: true }),
  entity({ id: 'russia', name: 'Russia', kind: 'place', strength: 'ranking', aliases: { ru: ['Россия'] } }),
  entity({ id: 'borat', name: 'Borat', kind: 'person', strength: 'ranking', dampens: true }),
  entity({ id: 'oral', name: 'Oral', kind: 'place', strength: 'anchor', caseSensitive: true, formerNames: ['Uralsk'] }),
];

export const sampleKb = () => compileKnowledgeBase(SAMPLE_ENTITIES).kb;
export const sampleMatcher = () => new Matcher(sampleKb());

/** The entity ids found in text, in order. */
export function idsIn(text: string, matcher = sampleMatcher()): string[] {
  return matcher.find(text).map((mention) => matcher.kb.entities[mention.entity].id);
}

/** The exact strings matched in text. */
export function matchedIn(text: string, matcher = sampleMatcher()): string[] {
  return matcher.find(text).map((mention) => text.slice(mention.start, mention.end));
}
