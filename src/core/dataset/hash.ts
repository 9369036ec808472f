// A short, stable, dependency-free string hash for item ids (same input, same id, on every platform).

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** 12 hex digits from two FNV-1a passes with different seeds: 48 bits, ample for thousands of items. */
export function shortHash(text: string): string {
  const high = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = fnv1a(text, 0x01234567).toString(16).padStart(8, '0');
  return (high + low).slice(0, 12);
}
