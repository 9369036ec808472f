// The user's imported digests in storage.local: read, add, remove. Failures come back as results, never thrown.
import browser from 'webextension-polyfill';
import type { Digest } from '../core/dataset/schema';
import { storeFailure as failure, exclusively as locked, type StoreResult } from '../storage/lock';
import { watchStored } from '../storage/watch';

export type { StoreResult } from '../storage/lock';

export const USER_DIGESTS_KEY = 'userDigests';

/** Every imported digest, in the order imported. Anything stored that is not a list reads as none.
 *  `read` is a storage read already under way (the popup starts one before its modules load). */
export async function listUserDigests(
  read: Promise<Record<string, unknown>> = browser.storage.local.get(USER_DIGESTS_KEY),
): Promise<Digest[]> {
  const stored = (await read)[USER_DIGESTS_KEY];
  return Array.isArray(stored) ? (stored as Digest[]) : [];
}

// All digests live under one key and are written in one set(): the write happens whole or not at all,
// so a quota error leaves the earlier list exactly as it was.
async function write(digests: Digest[]): Promise<StoreResult<Digest[]>> {
  try {
    await browser.storage.local.set({ [USER_DIGESTS_KEY]: digests });
    return { ok: true, value: digests };
  } catch (error) {
    return failure(error);
  }
}

/** Read, change and write the list as one step across every page of the extension (storage/lock.ts). */
const exclusively = <T>(step: () => Promise<T>) => locked('kazakhstan-lens-user-digests', step);

/** Adds digests that passed parseUserFile; an id already stored is replaced by the new digest. */
export async function addUserDigests(digests: readonly Digest[]): Promise<StoreResult<Digest[]>> {
  try {
    return await exclusively(async () => {
      const incoming = new Set(digests.map((digest) => digest.id));
      const kept = (await listUserDigests()).filter((digest) => !incoming.has(digest.id));
      return write([...kept, ...digests]);
    });
  } catch (error) {
    return failure(error);
  }
}

export async function removeUserDigest(id: string): Promise<StoreResult<Digest[]>> {
  try {
    return await exclusively(async () => {
      const all = await listUserDigests();
      const kept = all.filter((digest) => digest.id !== id);
      if (kept.length === all.length) return { ok: false, error: `no imported digest has the id "${id}"` };
      return write(kept);
    });
  } catch (error) {
    return failure(error);
  }
}

/** Calls back with the new list whenever any context changes it; stops when signal aborts. */
export function watchUserDigests(signal: AbortSignal, onChange: (digests: Digest[]) => void): void {
  watchStored(USER_DIGESTS_KEY, signal, (value) => onChange(Array.isArray(value) ? (value as Digest[]) : []));
}
