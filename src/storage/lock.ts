// One read-change-write of a stored list at a time, across every page and the worker of the extension.

/** Runs `step` while holding the named Web Lock: two windows (or a window and the worker) changing one list
 *  at once would otherwise both read the old list, and the second write would drop the first one's change.
 *  Web Locks are shared by all of an origin's pages and its worker (Chromium, Firefox 96+); without them, as
 *  in the unit tests' mock, the step runs as it is. */
export function exclusively<T>(name: string, step: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? (locks.request(name, step) as Promise<T>) : step();
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const storeFailure = (error: unknown): { ok: false; error: string } => ({
  ok: false,
  error: error instanceof Error ? error.message : String(error),
});
