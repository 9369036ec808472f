// Cooperative scheduling: long work is cut into slices so no task of ours blocks the page for long.

/** Milliseconds of work before we give the page its turn. Long tasks start at 50 ms. */
export const SLICE_MS = 8;

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs step() until it returns true, yielding whenever a slice is used up; stops early on abort. */
export async function runSliced(step: () => boolean, signal: AbortSignal): Promise<boolean> {
  let sliceStart = performance.now();
  for (;;) {
    if (signal.aborted) return false;
    if (step()) return true;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
