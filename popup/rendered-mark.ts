// Marks, once, the moment the popup's first full render (verdict and items) is on screen, for the benchmark.
import { useLayoutEffect } from 'preact/hooks';

export const RENDERED_MARK = 'popup-rendered';
let marked = false;

/** Call with ready = true once the view shows everything its first render will. */
export function useRenderedMark(ready: boolean): void {
  useLayoutEffect(() => {
    if (!ready || marked) return;
    marked = true;
    // The DOM is committed; the next animation frame is the one that paints it.
    requestAnimationFrame(() => {
      performance.mark(RENDERED_MARK);
      document.documentElement.dataset.rendered = 'true';
    });
  }, [ready]);
}
