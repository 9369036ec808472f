// Writes imported digests back out as a file in the dataset's own format, ready to import again.
import type { Digest } from '../core/dataset/schema';

/** Pretty-printed JSON: one digest alone as an object, several as a list (parseUserFile reads both). */
export function exportText(digests: readonly Digest[]): string {
  return `${JSON.stringify(digests.length === 1 ? digests[0] : digests, null, 2)}\n`;
}

/** kazakhstan-lens-<digest id>.json for one digest, kazakhstan-lens-digests-<date>.json for several. */
export function exportFileName(digests: readonly Digest[], today: Date = new Date()): string {
  if (digests.length === 1) return `kazakhstan-lens-${digests[0].id}.json`;
  return `kazakhstan-lens-digests-${today.toISOString().slice(0, 10)}.json`;
}
