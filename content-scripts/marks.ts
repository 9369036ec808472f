// The mentions painted on the page, and how to find the one under a point.
import type { Mention } from '../src/core/engine';

export interface Mark {
  mention: Mention;
  range: Range;
  /** Its place in the page's order of names: the keyboard walk follows it. */
  order: number;
}

type HitTester = { highlightsFromPoint?: (x: number, y: number) => { ranges: AbstractRange[] }[] };

/** The mark under the point: highlightsFromPoint where the browser has it (Chrome 140+, Firefox 150+),
 *  otherwise the caret position under the point checked against each candidate's rectangles. */
export function markAt(marks: Mark[], x: number, y: number): Mark | null {
  const registry = (CSS as unknown as { highlights?: HitTester }).highlights;
  if (registry?.highlightsFromPoint) {
    const byRange = new Map<AbstractRange, Mark>();
    for (const mark of marks) byRange.set(mark.range, mark);
    for (const hit of registry.highlightsFromPoint(x, y)) {
      for (const range of hit.ranges) {
        const mark = byRange.get(range);
        if (mark) return mark;
      }
    }
    return null;
  }
  const caret = caretAt(x, y);
  if (!caret) return null;
  for (const mark of marks) {
    try {
      if (!mark.range.isPointInRange(caret.node, caret.offset)) continue;
    } catch {
      continue;
    }
    for (const rect of mark.range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return mark;
    }
  }
  return null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
