// Merges reviews of the same foreign article by several digests into one item that lists every digest.
import type { AssetItem } from './asset';
import { identityOfKeys, idOfIdentity } from './ids';
import type { DigestItem } from './schema';
import { foldKey, headlineKey } from './text';

/** One item as one digest wrote it, with its entity names already resolved to ids. */
export interface ItemSource {
  digestId: string;
  /** Orders digests: the digest's date or month ('' when unknown), then its id. */
  digestSort: string;
  index: number;
  item: DigestItem;
  entityIds: string[];
}

/** An item as shipped, with the reviews it was merged from. */
export interface MergedItem extends AssetItem {
  /** The reviews merged here, the one whose wording is kept first. */
  sources: ItemSource[];
}

export interface DedupResult {
  items: MergedItem[];
  /** How many reviews were folded into another item. */
  merged: number;
}

/** What two reviews are compared on, worked out once per review: folding a headline costs far more than the
 *  comparison, and a review meets every other review of its outlet. */
interface Keys {
  outlet: string;
  headline: string | null;
  entities: string;
}

function keysOf(source: ItemSource, outletKeys: Map<string, string>): Keys {
  let outlet = outletKeys.get(source.item.outlet);
  if (outlet === undefined) {
    outlet = foldKey(source.item.outlet);
    outletKeys.set(source.item.outlet, outlet);
  }
  return {
    outlet,
    headline: source.item.headline ? headlineKey(source.item.headline) : null,
    entities: [...new Set(source.entityIds)].sort().join('|'),
  };
}

// Same article: same outlet, and the same headline (unless two different publication dates are stated),
// or the same stated publication date and the same entities. Never two items of one digest.
function sameArticle(a: ItemSource, b: ItemSource, keys: Map<ItemSource, Keys>): boolean {
  if (a.digestId === b.digestId) return false;
  const [ka, kb] = [keys.get(a)!, keys.get(b)!];
  if (ka.outlet !== kb.outlet) return false;
  const pa = a.item.published;
  const pb = b.item.published;
  if (ka.headline !== null && kb.headline !== null && ka.headline === kb.headline) {
    return !(pa && pb && pa !== pb);
  }
  if (!pa || pa !== pb) return false;
  return ka.entities !== '' && ka.entities === kb.entities;
}

// A space sorts below '-', so a digest known only by month precedes the dated digests of that month.
const sourceOrder = (source: ItemSource) =>
  `${source.digestSort || '~'} ${source.digestId} ${String(source.index).padStart(4, '0')}`;

// The review whose wording the merged item keeps: one with a headline, then a date, then the earliest digest.
function rank(source: ItemSource): string {
  return `${source.item.headline ? 0 : 1}${source.item.published ? 0 : 1}${sourceOrder(source)}`;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
const firstOf = <T>(values: (T | null)[]): T | null => values.find((value) => value !== null) ?? null;

export function dedupItems(sources: ItemSource[]): DedupResult {
  const groups: ItemSource[][] = [];
  // Grouped by outlet first: the pairwise test only runs among one outlet's items.
  const byOutlet = new Map<string, ItemSource[][]>();
  // Sorted so that grouping and id numbering do not depend on the order files were read in.
  const sorted = [...sources].sort((a, b) => (sourceOrder(a) < sourceOrder(b) ? -1 : 1));
  // A few outlets stand for hundreds of items: each is folded once.
  const outletKeys = new Map<string, string>();
  const keys = new Map(sorted.map((source) => [source, keysOf(source, outletKeys)]));
  for (const source of sorted) {
    const key = keys.get(source)!.outlet;
    const outletGroups = byOutlet.get(key) ?? [];
    byOutlet.set(key, outletGroups);
    const home = outletGroups.find(
      (group) =>
        group.some((other) => sameArticle(source, other, keys)) &&
        !group.some((other) => other.digestId === source.digestId),
    );
    if (home) home.push(source);
    else {
      const group = [source];
      outletGroups.push(group);
      groups.push(group);
    }
  }
  const usedIds = new Map<string, number>();
  const items = groups.map((group) => {
    const ordered = [...group].sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
    const lead = ordered[0];
    const { outlet, headline } = keys.get(lead)!;
    const baseId = idOfIdentity(identityOfKeys(outlet, headline, lead.item.published, lead.digestId));
    // Two headline-less items of one outlet in one digest share a base id: number the later ones.
    const seen = (usedIds.get(baseId) ?? 0) + 1;
    usedIds.set(baseId, seen);
    return {
      id: seen === 1 ? baseId : `${baseId}-${seen}`,
      digests: unique(group.map((source) => source.digestId)),
      headline: lead.item.headline,
      outlet: lead.item.outlet,
      published: firstOf(ordered.map((source) => source.item.published)),
      author: firstOf(ordered.map((source) => source.item.author)),
      summary: ordered.find((source) => source.item.summary.trim() !== '')?.item.summary ?? '',
      entityIds: unique(ordered.flatMap((source) => source.entityIds)),
      topics: unique(ordered.flatMap((source) => source.item.topics)),
      url: firstOf(ordered.map((source) => source.item.url)),
      sources: ordered,
    };
  });
  return { items, merged: sources.length - items.length };
}
