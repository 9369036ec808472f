// The dataset build as a pure function: validated digest files in, the three assets' contents out.
import type { AssetItem, DatasetAsset, EntityCards } from './asset';
import { DATASET_VERSION, toAssetDigest } from './asset';
import { dedupItems } from './dedup';
import { buildEntityCards } from './entity-cards';
import { digestSortKey } from './order';
import { type NameResolver, resolveEntities } from './resolve-entities';
import { checkProjectRules } from './rules';
import type { Digest } from './schema';
import { type SearchDocument, toSearchDocument } from './search-options';
import { validateDigest } from './validate';

export interface BuildInput {
  files: { file: string; input: unknown }[];
  resolveName: NameResolver;
  /** The knowledge base's canonical name of an entity id, indexed beside the digests' spellings. */
  entityName: (id: string) => string | undefined;
}

export interface BuildOutput {
  problems: string[];
  warnings: string[];
  dataset: DatasetAsset;
  searchDocuments: SearchDocument[];
  cards: EntityCards;
  counts: { digests: number; itemsBefore: number; items: number; merged: number };
}

export function buildDataset(input: BuildInput): BuildOutput {
  const problems: string[] = [];
  const valid: { file: string; digest: Digest }[] = [];
  const seenIds = new Map<string, string>();
  for (const { file, input: raw } of input.files) {
    const check = validateDigest(raw, file);
    if (!check.ok) {
      problems.push(...check.problems);
      continue;
    }
    problems.push(...checkProjectRules(file, check.digest));
    const other = seenIds.get(check.digest.id);
    if (other) problems.push(`${file} id: "${check.digest.id}" is also the id of ${other}`);
    seenIds.set(check.digest.id, file);
    valid.push({ file, digest: check.digest });
  }
  const resolved = resolveEntities(valid, input.resolveName);
  problems.push(...resolved.problems);
  const { items: merged, merged: mergedCount } = dedupItems(resolved.sources);

  const digests = valid
    .map(({ digest }) => toAssetDigest(digest))
    // Oldest first, undated last: the order items list their digests in (dedup.ts).
    .sort((a, b) => (`${digestSortKey(a) || '~'} ${a.id}` < `${digestSortKey(b) || '~'} ${b.id}` ? -1 : 1));
  const items: AssetItem[] = merged.map(({ sources: _sources, ...item }) => item);
  const searchDocuments = merged.map((item) => {
    const names: string[] = [];
    for (const id of item.entityIds) {
      const canonical = input.entityName(id);
      if (canonical) names.push(canonical);
      names.push(...(resolved.namesById.get(id) ?? []));
    }
    return toSearchDocument(item, names);
  });
  return {
    problems,
    warnings: resolved.warnings,
    dataset: { version: DATASET_VERSION, digests, items },
    searchDocuments,
    cards: buildEntityCards(items, digests),
    counts: { digests: valid.length, itemsBefore: resolved.sources.length, items: items.length, merged: mergedCount },
  };
}
