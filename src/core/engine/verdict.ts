// Decides central / mentions / none from where and how often the names occur, with the reasons.
import type { EntityTable, MatchEntity } from '../kb/compiled';
import type { Mention } from './matcher';
import { fittedWeights, probabilityOf, type Signals } from './verdict-model';

export type Verdict = 'central' | 'mentions' | 'none';
export type Section = 'title' | 'lede' | 'body';
export type { Signals } from './verdict-model';

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
  /** Foreign names found (Russia, Reuters): they weigh against the verdict and rank digest items. */
  rankingEntities: { id: string; count: number }[];
  words: number;
  signals: Signals;
  /** For a page that only mentions Kazakhstan: the plainest reason a reader would give. */
  why?: MentionsReason;
}

/** Why a page is *mentions*: Kazakhstan is one of several countries or subjects named; its names stand in a
 *  list or table; it is named in passing; or it is a joke or a fiction there. */
export type MentionsReason =
  | { kind: 'one-of'; count: number }
  | { kind: 'listed' }
  | { kind: 'passing'; count: number }
  | { kind: 'fiction' }
  | { kind: 'not-the-subject' }
  /** No anchor, only a place that is Kazakhstan's alone (Baikonur), which the findings then hold alone:
   *  the page never names the country. */
  | { kind: 'place' };

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

/** A mention's strength: its entity's, but an anchor's weak form (Oral, also a word) counts as context. */
export function strengthOf(kb: EntityTable, mention: Mention): MatchEntity['strength'] {
  const strength = kb.entities[mention.entity].strength;
  return mention.weak && strength === 'anchor' ? 'context' : strength;
}

/** True when a mention may be shown and counted: anchors always, context names beside an anchor, and a
 *  place only Kazakhstan has (Baikonur) even alone. */
export function isCounted(kb: EntityTable, mention: Mention, anchorPresent: boolean): boolean {
  const strength = strengthOf(kb, mention);
  return strength === 'anchor' || (strength === 'context' && (anchorPresent || locates(kb, mention)));
}

/** A context name that alone makes a page mention Kazakhstan (schema.ts, locates). */
const locates = (kb: EntityTable, mention: Mention) => kb.entities[mention.entity].locates === true;

export function hasAnchor(kb: EntityTable, mentions: Mention[]): boolean {
  return mentions.some((mention) => strengthOf(kb, mention) === 'anchor');
}

/** What a reader sees highlighted: anchors on any page that is about or mentions Kazakhstan, context names
 *  (Caspian Sea, Central Asia) only on pages about it, where they are Kazakhstan's Caspian; a place only
 *  Kazakhstan has (Baikonur) wherever the page mentions Kazakhstan. */
export function isHighlighted(kb: EntityTable, mention: Mention, verdict: Verdict): boolean {
  const strength = strengthOf(kb, mention);
  if (verdict === 'none') return false;
  return strength === 'anchor' || (strength === 'context' && (verdict === 'central' || locates(kb, mention)));
}

// Short texts would otherwise get a huge density from one passing mention.
const MIN_WORDS_FOR_DENSITY = 350;
/** Body mentions of a joke name (Borat) that make it the page's subject rather than an aside. */
const JOKE_RECURS = 2;
/** Distinct names of the real country's places, people and bodies (beyond its name and its people's) that
 *  show a page opening with the joke to be about the real country: a column on the country's image that
 *  goes on to Almaty and Astana. Reviews of the film name the country and the Kazakhs, and no more. */
const REAL_NAMES_OVER_JOKE = 2;

/** Whether a finding names the real country's places, people or bodies, not just the country or the people. */
const namesRealThing = (finding: Finding) =>
  finding.strength === 'anchor' && finding.kind !== 'group' && finding.id !== 'kazakhstan';

/** How a page is judged, in any language. A page with no anchor (a name that alone points to Kazakhstan)
 *  in its title, lede or body is *none*: menus, rails and comments are not body (see the content script's
 *  furniture.ts). Otherwise its signals (where the names stand, how often and how widely they recur, how
 *  many foreign names stand beside them, whether they sit in lists and tables) go through the fitted
 *  model (verdict-model.ts), the same for every language: *central* at or above its threshold, *mentions*
 *  below. A page where Kazakhstan is a joke or a fiction (an entity that dampens: Borat, in the title or lede
 *  or named again and again) is never central, unless it goes on to name the real country's places or people. */
export function judge(kb: EntityTable, sections: SectionMentions, context: PageContext): Analysis {
  const anchorPresent = hasAnchor(kb, sections.title) || hasAnchor(kb, sections.lede) || hasAnchor(kb, sections.body);
  const byId = new Map<string, Finding>();
  const ranking = new Map<string, number>();
  const titleForeign = new Set<number>();
  const foreign = new Set<number>();
  let foreignMentions = 0;
  let listedAnchors = 0;
  // The joke is the page's subject when its name stands in the title or lede, or recurs in the body; one
  // aside ("most people still think of Borat") leaves a page about the country central.
  let jokesInBody = 0;
  let jokeUpFront = false;
  for (const section of ['title', 'lede', 'body'] as const) {
    for (const mention of sections[section]) {
      const entity = kb.entities[mention.entity];
      if (entity.dampens) {
        if (section === 'body') jokesInBody++;
        else jokeUpFront = true;
      }
      if (entity.strength === 'ranking') {
        ranking.set(entity.id, (ranking.get(entity.id) ?? 0) + 1);
        if (section === 'title') titleForeign.add(mention.entity);
        else if (!mention.enumerated) {
          foreign.add(mention.entity);
          foreignMentions++;
        }
      }
      if (!isCounted(kb, mention, anchorPresent)) continue;
      const strength = strengthOf(kb, mention) as Finding['strength'];
      if (section === 'body' && strength === 'anchor' && mention.listed) listedAnchors++;
      let finding = byId.get(entity.id);
      if (!finding) {
        finding = {
          id: entity.id,
          name: entity.name,
          kind: entity.kind,
          strength,
          count: 0,
          where: { title: 0, lede: 0, body: 0 },
        };
        byId.set(entity.id, finding);
      }
      if (strength === 'anchor') finding.strength = 'anchor';
      finding.count++;
      finding.where[section]++;
    }
  }
  const findings = [...byId.values()].sort(
    (a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const anchorMentions = sumWhere(findings, 'anchor');
  const bodyAnchors = findings.reduce((sum, f) => sum + (f.strength === 'anchor' ? f.where.body : 0), 0);
  const signals: Signals = {
    // Only anchors speak in a title or lede: "SCO summit opens" is not a Kazakhstan headline.
    titleEntities: findings.filter((f) => f.where.title > 0 && f.strength === 'anchor').length,
    titleForeign: titleForeign.size,
    ledeEntities: findings.filter((f) => f.where.lede > 0 && f.strength === 'anchor').length,
    anchorMentions,
    density: round((anchorMentions * 1000) / Math.max(context.words, MIN_WORDS_FOR_DENSITY), 10),
    spread: quartersWithAnchors(kb, sections.body, context.bodySpan),
    distinctAnchors: findings.filter((f) => f.strength === 'anchor').length,
    contextMentions: sumWhere(findings, 'context'),
    foreignEntities: foreign.size,
    kzShare:
      anchorMentions + foreignMentions > 0 ? round(anchorMentions / (anchorMentions + foreignMentions), 1000) : 0,
    listedShare: bodyAnchors > 0 ? round(listedAnchors / bodyAnchors, 1000) : 0,
    words: context.words,
    kzSite: isKzSite(context.url),
    knownOutlet: context.knownOutlet === true,
    damped:
      (jokeUpFront || jokesInBody >= JOKE_RECURS) && findings.filter(namesRealThing).length < REAL_NAMES_OVER_JOKE,
  };
  const score = anchorPresent ? probabilityOf(signals) : 0;
  // A name that makes Kazakhstan a joke or a fiction (Borat) is a rule, not a weight: such a page is never
  // about the country.
  const central = score >= fittedWeights.threshold && !signals.damped;
  // Without an anchor, the only names counted are places only Kazakhstan has (isCounted): a Soyuz launch
  // from Baikonur still mentions it, as readers of such pages say, and weighs nothing towards central.
  const located = !anchorPresent && findings.length > 0;
  const verdict: Verdict = !anchorPresent ? (located ? 'mentions' : 'none') : central ? 'central' : 'mentions';
  return {
    verdict,
    score: round(score, 1000),
    findings,
    rankingEntities: Array.from(ranking, ([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
    words: context.words,
    signals,
    ...(verdict === 'mentions' ? { why: located ? { kind: 'place' } : reasonFor(signals) } : {}),
  };
}

/** The plainest reason a reader would give for *mentions*, from the signals. */
function reasonFor(s: Signals): MentionsReason {
  if (s.damped) return { kind: 'fiction' };
  if (s.foreignEntities >= 2 && s.kzShare < 0.5) return { kind: 'one-of', count: s.foreignEntities + 1 };
  if (s.listedShare >= 0.5) return { kind: 'listed' };
  if (s.anchorMentions <= 3) return { kind: 'passing', count: s.anchorMentions };
  return { kind: 'not-the-subject' };
}

const round = (value: number, per: number) => Math.round(value * per) / per;

/** Mentions in lede and body of entities of one strength. */
function sumWhere(findings: Finding[], strength: Finding['strength']): number {
  return findings.reduce((sum, f) => sum + (f.strength === strength ? f.where.lede + f.where.body : 0), 0);
}

function quartersWithAnchors(kb: EntityTable, body: Mention[], span: [number, number] | undefined): number {
  if (!span || span[1] <= span[0]) return 0;
  const quarters = new Set<number>();
  const length = span[1] - span[0];
  for (const mention of body) {
    if (strengthOf(kb, mention) !== 'anchor') continue;
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
