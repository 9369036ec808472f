// Saves a captured digest, as the reader corrected it, into their digests: checked as any import is, its id
// kept clear of the bundle's, and its items named by the entities the page's reading found.
import { type EntityNames, entitiesInText } from '../../src/core/dataset/capture-entities';
import { itemId } from '../../src/core/dataset/ids';
import type { Digest } from '../../src/core/dataset/schema';
import { validateDigest } from '../../src/core/dataset/validate';
import type { DatasetView } from '../../src/core/dataset/view';
import { addUserDigests } from '../../src/user-digests';
import { t } from '../i18n';

export type SaveResult = { ok: true; items: number; merged: number } | { ok: false; error: string };

/** The digest as it will be stored: entities named, and an id no other digest has. */
export function prepareCaptured(digest: Digest, dataset: DatasetView, entities: readonly EntityNames[]): Digest {
  const items = digest.items.map((item) => ({
    ...item,
    outlet: item.outlet.trim(),
    entities: entitiesInText([item.headline ?? '', item.summary].join('\n'), entities),
  }));
  // Another digest with this id (the bundle's, or another page's of the same publisher and day) keeps it;
  // the same page added again replaces its earlier capture.
  let id = digest.id;
  const taken = dataset.digestById.get(id);
  if (taken && !(taken.user && taken.url === digest.url)) {
    id = `${digest.id}-user`;
    for (let n = 2; dataset.digestById.has(id); n++) id = `${digest.id}-user-${n}`;
  }
  return { ...digest, id, month: digest.date ? digest.date.slice(0, 7) : digest.month, items };
}

/** The first problem that keeps the digest from being saved, in the reader's terms; null when none. */
export function captureProblem(digest: Digest): string | null {
  const missing = digest.items.findIndex((item) => item.outlet.trim() === '');
  if (missing >= 0) return t('captureNeedsOutlet', missing + 1);
  const check = validateDigest(digest, 'digest');
  return check.ok ? null : check.problems[0];
}

export async function saveCaptured(digest: Digest, dataset: DatasetView): Promise<SaveResult> {
  const problem = captureProblem(digest);
  if (problem) return { ok: false, error: problem };
  const stored = await addUserDigests([digest]);
  if (!stored.ok) return { ok: false, error: t('captureNotSaved', stored.error) };
  // An item the bundle has (same outlet and headline) joins it rather than standing twice.
  const merged = digest.items.filter((item) =>
    dataset.itemById.has(itemId(item.outlet, item.headline, item.published, digest.id)),
  ).length;
  return { ok: true, items: digest.items.length, merged };
}
