// Hands over a long page's names as they come near the viewport. Making and painting ranges for every name
// at once took the 1 MB article 11-14 ms of main thread, nearly all of it for names a screen or more away.

/** Names a screen above or below the viewport are painted before the reader gets to them. */
const NEAR = '100% 0px';

export interface NearViewport {
  /** Hands over every item not handed over yet, at once (the keyboard walk needs them all). */
  flush(): void;
  stop(): void;
}

/** Calls `onNear` with the items of each element that comes near the viewport, once per element; items of
 *  elements that never do (hidden ones) are never handed over unless flushed. */
export function whenNearViewport<T>(groups: Map<Element, T[]>, onNear: (items: T[]) => void): NearViewport {
  const observer = new IntersectionObserver(
    (entries) => {
      const near: T[] = [];
      for (const entry of entries) {
        const items = entry.isIntersecting ? groups.get(entry.target) : undefined;
        if (!items) continue;
        groups.delete(entry.target);
        observer.unobserve(entry.target);
        near.push(...items);
      }
      if (groups.size === 0) observer.disconnect();
      if (near.length > 0) onNear(near);
    },
    { rootMargin: NEAR },
  );
  for (const element of groups.keys()) observer.observe(element);
  return {
    flush() {
      const rest = [...groups.values()].flat();
      this.stop();
      if (rest.length > 0) onNear(rest);
    },
    stop() {
      groups.clear();
      observer.disconnect();
    },
  };
}
