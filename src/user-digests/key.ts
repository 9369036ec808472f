// Names one state of the user's digests, so that a ranking made with them (by the worker) is used only with
// the very same digests (by the popup).
import type { Digest } from '../core/dataset/schema';

/** '' for none; otherwise a hash (FNV-1a, one pass: the popup computes it before its first render) of the
 *  whole list, so any change of any field changes it. */
export function userDigestsKey(digests: readonly Digest[]): string {
  if (digests.length === 0) return '';
  const text = JSON.stringify(digests);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(16)}-${text.length}`;
}
