// Decides central / mentions / none from where and how often the names occur, with the reasons.
import type { CompiledKb } from '../kb/compiled';
import type { Mention } from './matcher';

export type Verdict = 'central' | 'mentions' | 'none';
export type Section = 'title' | 'lede' | 'body';

export interface Finding {
  id: string;
  name: string;
  kind: string;
  strength: 'anchor' | 'context';
  count: number;
  where: Record<Section, number>;
}

export interface Analysis {
  verdict: Verdict;
  /** 0 to 1: how surely the page is mainly about Kazakhstan. */
  score: number;
  /** Entities that count toward the verdict, most frequent first. */
  findings: Finding[];
  /** Foreign names found (Russia, Reuters): used only to rank digest items. */
  rankingEntities: { id: string; count: number }[];
  words: number;
  signals: {
    titleEntities: number;
    ledeEntities: number;
    density: number;
    distinctAnchors: number;
    kzSite: boolean;
    knownOutlet: boolean;
    damped: boolean;
  };
}

export interface SectionMentions {
  title: Mention[];
  lede: Mention[];
  body: Mention[];
}

export interface PageContext {
  url: string;
  /** Words in lede and body together. */
  words: number;
  /** The page's outlet is one the digests review (a weak prior). */
  knownOutlet?: boolean;
}

/** True when a mention may be shown and counted: anchors always, context names only beside an anchor. */
export function isCounted(kb: CompiledKb, mention: Mention, anchorPresent: boolean): boolean {
  const strength = kb.entities[mention.entity].strength;
  return strength === 'anchor' || (strength === 'context' && anchorPresent);
}

export function hasAnchor(kb: CompiledKb, mentions: Mention[]): boolean {
  return mentions.some((mention) => kb.entities[mention.entity].strength === 'anchor');
}

// Short texts would otherwise get a huge density from one passing mention.
const MIN_WORDS_FOR_DENSITY = 350;

export function judge(kb: CompiledKb, sections: SectionMentions, context: PageContext): Analysis {
  const anchorPresent = hasAnchor(kb, sections.title) || hasAnchor(kb, sections.lede) || hasAnchor(kb, sections.body);
  const byId = new Map<string, Finding>();
  const ranking = new Map<string, number>();
  let damped = false;
  for (const section of ['title', 'lede', 'body'] as const) {
    for (const mention of sections[section]) {
      const entity = kb.entities[mention.entity];
      if (entity.dampens) damped = true;
      if (entity.strength === 'ranking') ranking.set(entity.id, (ranking.get(entity.id) ?? 0) + 1);
      if (!isCounted(kb, mention, anchorPresent)) continue;
      let finding = byId.get(entity.id);
      if (!finding) {
        finding = {
          id: entity.id,
          name: entity.name,
          kind: entity.kind,
          strength: entity.strength as Finding['strength'],
          count: 0,
          where: { title: 0, lede: 0, body: 0 },
        };
        byId.set(entity.id, finding);
      }
      finding.count++;
      finding.where[section]++;
    }
  }
  const findings = [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const titleEntities = findings.filter((f) => f.where.title > 0).length;
  const ledeEntities = findings.filter((f) => f.where.lede > 0).length;
  const textMentions = findings.reduce(
    (sum, f) => sum + f.where.lede + f.where.body * (f.strength === 'anchor' ? 1 : 0.5),
    0,
  );
  const density = (textMentions * 1000) / Math.max(context.words, MIN_WORDS_FOR_DENSITY);
  const distinctAnchors = findings.filter((f) => f.strength === 'anchor').length;
  const kzSite = isKzSite(context.url);
  const knownOutlet = context.knownOutlet === true;

  let z = -3.2;
  if (titleEntities > 0) z += 1.9 + (titleEntities > 1 ? 0.4 : 0);
  if (ledeEntities > 0) z += 0.8;
  z += 1.1 * Math.log2(1 + density);
  z += 0.2 * Math.min(distinctAnchors, 8);
  if (kzSite && anchorPresent) z += 0.6;
  if (knownOutlet && anchorPresent) z += 0.2;
  if (damped) z -= 3;
  const score = anchorPresent ? 1 / (1 + Math.exp(-z)) : 0;
  const verdict: Verdict = !anchorPresent ? 'none' : score >= 0.5 ? 'central' : 'mentions';
  return {
    verdict,
    score: Math.round(score * 1000) / 1000,
    findings,
    rankingEntities: [...ranking].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
    words: context.words,
    signals: {
      titleEntities,
      ledeEntities,
      density: Math.round(density * 10) / 10,
      distinctAnchors,
      kzSite,
      knownOutlet,
      damped,
    },
  };
}

function isKzSite(url: string): boolean {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url);
  return match ? /\.(kz|қаз)$/i.test(match[1]) : false;
}
