// Turns each item's entity names into knowledge-base ids; a name that resolves to nothing is a problem.
import type { ItemSource } from './dedup';
import { digestSortKey } from './order';
import { describeItem } from './rules';
import type { Digest } from './schema';

export type NameResolver = (name: string) => string | undefined;

export interface ResolvedDigests {
  sources: ItemSource[];
  /** Unresolved entity names: the build fails on these. */
  problems: string[];
  /** Unresolved outlets: reported, not fatal (many outlets are not entities a page can mention). */
  warnings: string[];
  /** Every name as written for each entity id, for the search index. */
  namesById: Map<string, Set<string>>;
}

export function resolveEntities(digests: { file: string; digest: Digest }[], resolve: NameResolver): ResolvedDigests {
  const sources: ItemSource[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  const namesById = new Map<string, Set<string>>();
  for (const { file, digest } of digests) {
    digest.items.forEach((item, index) => {
      const entityIds: string[] = [];
      for (const name of item.entities) {
        const id = resolve(name);
        if (!id) {
          problems.push(`${file} ${describeItem(digest, index)}: entity "${name}" is not in the knowledge base`);
          continue;
        }
        if (!entityIds.includes(id)) entityIds.push(id);
        const names = namesById.get(id) ?? new Set<string>();
        names.add(name);
        namesById.set(id, names);
      }
      if (!resolve(item.outlet)) {
        warnings.push(`${file} ${describeItem(digest, index)}: outlet "${item.outlet}" is not in the knowledge base`);
      }
      sources.push({ digestId: digest.id, digestSort: digestSortKey(digest), index, item, entityIds });
    });
  }
  return { sources, problems, warnings, namesById };
}
