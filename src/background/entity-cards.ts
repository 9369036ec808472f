// Hover-card details for entities: the knowledge base's description and spellings, and the digests'
// per-entity count and headlines, both loaded once and only when a card first asks.
import browser from 'webextension-polyfill';
import { pageEntities } from '../core/kb/compile';
import { type CompiledEntity, pageEntityId } from '../core/kb/compiled';
import type { EntityDetails, PageReport } from '../messaging/protocol';
import { compiledKb } from './kb';

type DigestCards = Record<string, { count: number; top: string[] }>;

let entities: Promise<Map<string, CompiledEntity>> | undefined;
let digestCards: Promise<DigestCards> | undefined;

const MAX_IDS = 50;

/** Entities by id, and also by the ids content scripts give them (see PageKb). */
function knownEntities(): Promise<Map<string, CompiledEntity>> {
  entities ??= compiledKb().then((kb) => {
    const byId = new Map(kb.entities.map((entity) => [entity.id, entity]));
    for (const [index, entity] of pageEntities(kb).entries()) byId.set(pageEntityId(index), entity);
    return byId;
  });
  entities.catch(() => {
    entities = undefined;
  });
  return entities;
}

/** Content scripts carry no entity ids or names (it keeps them small): the worker puts them in. */
export async function nameFindings(report: PageReport): Promise<PageReport> {
  // Unnamed findings are still worth keeping: the report is saved either way.
  const known = await knownEntities().catch(() => new Map<string, CompiledEntity>());
  const findings = report.analysis.findings.map((finding) => {
    const entity = known.get(finding.id);
    return entity ? { ...finding, id: entity.id, name: entity.name } : finding;
  });
  const rankingEntities = report.analysis.rankingEntities.map((found) => ({
    ...found,
    id: known.get(found.id)?.id ?? found.id,
  }));
  const onPage = report.onPage
    ?.map((name) => {
      const entity = known.get(name.id);
      return entity ? { ...name, id: entity.id, name: entity.name } : name;
    })
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ...report, onPage, analysis: { ...report.analysis, findings, rankingEntities } };
}

/** The knowledge base's names of entities by id; an id it does not know is left out. */
export async function entityNames(ids: readonly string[]): Promise<Map<string, string>> {
  const known = await knownEntities().catch(() => new Map<string, CompiledEntity>());
  const names = new Map<string, string>();
  for (const id of ids) {
    const entity = known.get(id);
    if (entity) names.set(id, entity.name);
  }
  return names;
}

export async function detailsFor(ids: string[]): Promise<Record<string, EntityDetails>> {
  const known = await knownEntities();
  digestCards ??= fetch(browser.runtime.getURL('data/entity-cards.json'))
    .then((response) => (response.ok ? (response.json() as Promise<DigestCards>) : {}))
    .catch(() => ({}));
  const cards = await digestCards;
  const details: Record<string, EntityDetails> = {};
  for (const id of ids.slice(0, MAX_IDS)) {
    const entity = known.get(id);
    if (!entity) continue;
    const { name, kind, description, spellings, formerNames } = entity;
    details[id] = { name, kind, description, spellings, formerNames, digests: cards[entity.id] ?? null };
  }
  return details;
}
