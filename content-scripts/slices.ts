// Cooperative scheduling: long work is cut into slices so no task of ours blocks the page for long.

/** Milliseconds of work before we give the page its turn. Long tasks start at 50 ms. */
export const SLICE_MS = 8;

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Main-thread time our slices took on this page: the benchmark reads it from the page report. */
export const workTiming = { busyMs: 0, longestSliceMs: 0 };

function account(sliceStart: number): void {
  const spent = performance.now() - sliceStart;
  workTiming.busyMs += spent;
  workTiming.longestSliceMs = Math.max(workTiming.longestSliceMs, spent);
}

/** Runs step() until it returns true, yielding whenever a slice is used up; stops early on abort. */
export async function runSliced(step: () => boolean, signal: AbortSignal): Promise<boolean> {
  let sliceStart = performance.now();
  for (;;) {
    if (signal.aborted) return false;
    if (step()) {
      account(sliceStart);
      return true;
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      account(sliceStart);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

/** Times a piece of synchronous work that is not sliced (small by construction). */
export function timed<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    account(start);
  }
}
