// Performance marks on the way to the popup's first full render, for the benchmark (bench/popup.ts) to read.
import { useLayoutEffect } from 'preact/hooks';

/** The names the benchmark reads: each marked once per popup, on its first occurrence. */
export const MARKS = {
  /** The popup's code starts to run (its modules are loaded and evaluated). */
  start: 'popup-start',
  /** The worker's report on the tab has arrived. */
  tab: 'popup-tab',
  /** The dataset, the knowledge base and the user's digests are read. */
  fetched: 'popup-fetched',
  /** The dataset and the ranking model are ready. */
  data: 'popup-data',
  /** The verdict is on screen. */
  verdict: 'popup-verdict',
  /** Verdict and items are on screen: the first full render. */
  rendered: 'popup-rendered',
  /** The search index and code start to load (as the items are ready; parsed after the first render). */
  searchLoad: 'popup-search-load',
  /** The search index is loaded: every digest can be searched. */
  searchable: 'popup-searchable',
} as const;

const marked = new Set<string>();

export function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}

/** Marks `name` in the frame that paints what the view has committed, once `ready`. */
export function usePaintMark(name: string, ready: boolean, onPaint?: () => void): void {
  useLayoutEffect(() => {
    if (!ready || marked.has(name)) return;
    marked.add(name);
    // The DOM is committed; the next animation frame is the one that paints it.
    requestAnimationFrame(() => {
      performance.mark(name);
      onPaint?.();
    });
  }, [ready]);
}

let renderedNow: () => void = () => undefined;

/** Settles in the frame that paints the first full render: work that must not delay it waits for this. */
export const firstFullRender = new Promise<void>((resolve) => {
  renderedNow = resolve;
});

/** Call with ready = true once the view shows everything its first render will. */
export function useRenderedMark(ready: boolean): void {
  usePaintMark(MARKS.rendered, ready, () => {
    document.documentElement.dataset.rendered = 'true';
    renderedNow();
  });
}
