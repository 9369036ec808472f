// Hover-card details for entities: the knowledge base's description and spellings, and the digests'
// per-entity count and headlines, both loaded once and only when a card first asks.
import browser from 'webextension-polyfill';
import kbText from '../../generated/kb.json?raw';
import { pageEntities } from '../core/kb/compile';
import { type CompiledEntity, type CompiledKb, pageEntityId } from '../core/kb/compiled';
import type { EntityDetails, PageReport } from '../messaging/protocol';

type DigestCards = Record<string, { count: number; top: string[] }>;

let entities: Map<string, CompiledEntity> | undefined;
let digestCards: Promise<DigestCards> | undefined;

const MAX_IDS = 50;

/** Entities by id, and also by the ids content scripts give them (see PageKb). */
function knownEntities(): Map<string, CompiledEntity> {
  if (!entities) {
    const kb = JSON.parse(kbText) as CompiledKb;
    entities = new Map(kb.entities.map((entity) => [entity.id, entity]));
    for (const [index, entity] of pageEntities(kb).entries()) entities.set(pageEntityId(index), entity);
  }
  return entities;
}

/** Content scripts carry no entity ids or names (it keeps them small): the worker puts them in. */
export async function nameFindings(report: PageReport): Promise<PageReport> {
  const known = knownEntities();
  const findings = report.analysis.findings.map((finding) => {
    const entity = known.get(finding.id);
    return entity ? { ...finding, id: entity.id, name: entity.name } : finding;
  });
  const rankingEntities = report.analysis.rankingEntities.map((found) => ({
    ...found,
    id: known.get(found.id)?.id ?? found.id,
  }));
  return { ...report, analysis: { ...report.analysis, findings, rankingEntities } };
}

export async function detailsFor(ids: string[]): Promise<Record<string, EntityDetails>> {
  const entities = knownEntities();
  digestCards ??= fetch(browser.runtime.getURL('data/entity-cards.json'))
    .then((response) => (response.ok ? (response.json() as Promise<DigestCards>) : {}))
    .catch(() => ({}));
  const cards = await digestCards;
  const details: Record<string, EntityDetails> = {};
  for (const id of ids.slice(0, MAX_IDS)) {
    const entity = entities.get(id);
    if (!entity) continue;
    const { name, kind, description, spellings, formerNames } = entity;
    details[id] = { name, kind, description, spellings, formerNames, digests: cards[entity.id] ?? null };
  }
  return details;
}
