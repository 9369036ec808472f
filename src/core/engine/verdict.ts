// Decides central / mentions / none from where and how often the names occur, with the reasons.
import type { EntityTable } from '../kb/compiled';
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
    /** Anchor mentions in lede and body per thousand words. */
    density: number;
    /** Quarters of the body (0 to 4) with an anchor in them: a subject recurs, a passing name does not. */
    spread: number;
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
  /** Where the body's text lies, in the offsets its mentions use: to see how far names spread through it. */
  bodySpan?: [number, number];
}

/** True when a mention may be shown and counted: anchors always, context names only beside an anchor. */
export function isCounted(kb: EntityTable, mention: Mention, anchorPresent: boolean): boolean {
  const strength = kb.entities[mention.entity].strength;
  return strength === 'anchor' || (strength === 'context' && anchorPresent);
}

export function hasAnchor(kb: EntityTable, mentions: Mention[]): boolean {
  return mentions.some((mention) => kb.entities[mention.entity].strength === 'anchor');
}

/** Above this score a page is central. Set a little above one half: a wrong "about Kazakhstan" costs a
 *  reader more than a missed one, which still shows as "mentions". */
const CENTRAL_SCORE = 0.6;

/** What a reader sees highlighted: anchors on any page that is about or mentions Kazakhstan, context names
 *  (Caspian Sea, Central Asia) only on pages about it, where they are Kazakhstan's Caspian. */
export function isHighlighted(kb: EntityTable, mention: Mention, verdict: Verdict): boolean {
  const strength = kb.entities[mention.entity].strength;
  return verdict !== 'none' && (strength === 'anchor' || (strength === 'context' && verdict === 'central'));
}

// Short texts would otherwise get a huge density from one passing mention.
const MIN_WORDS_FOR_DENSITY = 350;

export function judge(kb: EntityTable, sections: SectionMentions, context: PageContext): Analysis {
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
  const findings = [...byId.values()].sort(
    (a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  // Only anchors speak in a title or lede: "SCO summit opens" is not a Kazakhstan headline.
  const titleEntities = findings.filter((f) => f.where.title > 0 && f.strength === 'anchor').length;
  const ledeEntities = findings.filter((f) => f.where.lede > 0 && f.strength === 'anchor').length;
  const anchorMentions = sumWhere(findings, 'anchor');
  const contextMentions = sumWhere(findings, 'context');
  const density = (anchorMentions * 1000) / Math.max(context.words, MIN_WORDS_FOR_DENSITY);
  const distinctAnchors = findings.filter((f) => f.strength === 'anchor').length;
  const spread = quartersWithAnchors(kb, sections.body, context.bodySpan);
  const kzSite = isKzSite(context.url);
  const knownOutlet = context.knownOutlet === true;

  // Weights set on the labelled corpus (npm run eval), for what a reader weighs: the headline first,
  // then how often and how widely through the text Kazakhstan comes back, and only a little the site.
  let z = -5;
  if (titleEntities > 0) z += 2.2 + (titleEntities > 1 ? 0.4 : 0);
  if (ledeEntities > 0) z += 0.8;
  z += 1.3 * Math.log2(1 + density);
  z += 0.5 * Math.max(0, spread - 1);
  z += 0.15 * Math.min(distinctAnchors, 8);
  z += 0.15 * Math.min(contextMentions, 4);
  if (kzSite && anchorPresent) z += 0.6;
  if (knownOutlet && anchorPresent) z += 0.2;
  if (damped) z -= 3;
  const score = anchorPresent ? 1 / (1 + Math.exp(-z)) : 0;
  const verdict: Verdict = !anchorPresent ? 'none' : score >= CENTRAL_SCORE ? 'central' : 'mentions';
  return {
    verdict,
    score: Math.round(score * 1000) / 1000,
    findings,
    rankingEntities: Array.from(ranking, ([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
    words: context.words,
    signals: {
      titleEntities,
      ledeEntities,
      density: Math.round(density * 10) / 10,
      spread,
      distinctAnchors,
      kzSite,
      knownOutlet,
      damped,
    },
  };
}

/** Mentions in lede and body of entities of one strength. */
function sumWhere(findings: Finding[], strength: Finding['strength']): number {
  return findings.reduce((sum, f) => sum + (f.strength === strength ? f.where.lede + f.where.body : 0), 0);
}

function quartersWithAnchors(kb: EntityTable, body: Mention[], span: [number, number] | undefined): number {
  if (!span || span[1] <= span[0]) return 0;
  const quarters = new Set<number>();
  const length = span[1] - span[0];
  for (const mention of body) {
    if (kb.entities[mention.entity].strength !== 'anchor') continue;
    quarters.add(Math.min(3, Math.floor(((mention.start - span[0]) / length) * 4)));
  }
  return quarters.size;
}

/** Kazakhstan's domains: .kz, and .қаз as a browser writes it (xn--80ao21a). Plain string tests: a
 *  case-blind regex with Cyrillic in it costs a page a fraction of a millisecond to compile. */
const KZ_DOMAINS = ['.kz', '.қаз', '.xn--80ao21a'];

function isKzSite(url: string): boolean {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url)?.[1].toLowerCase() ?? '';
  return KZ_DOMAINS.some((domain) => host.endsWith(domain));
}
