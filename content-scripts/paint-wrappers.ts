// Fallback painter for browsers without the Highlight API (Firefox before 140, Safari before 17.2):
// wraps mentions in <kazakhstan-lens-mark> and, on clear, puts every text node back as it was.
import type { HighlightKind } from '../src/settings/settings';
import { KIND_COLOURS } from './colours';
import type { Painter } from './painter';

export const MARK_TAG = 'kazakhstan-lens-mark';

export function createWrapPainter(): Painter {
  const marks: HTMLElement[] = [];
  /** Each text node we split, with the pieces split off it, to join them back on clear. */
  const splits = new Map<Text, Text[]>();
  const originOf = new Map<Text, Text>();
  const created = new WeakSet<Node>();

  const split = (node: Text, offset: number): Text => {
    const piece = node.splitText(offset);
    created.add(piece);
    const origin = originOf.get(node) ?? node;
    originOf.set(piece, origin);
    const pieces = splits.get(origin) ?? [];
    pieces.push(piece);
    splits.set(origin, pieces);
    return piece;
  };

  const wrap = (node: Text, start: number, end: number, kind: HighlightKind) => {
    if (end <= start) return;
    let target = node;
    if (start > 0) target = split(target, start);
    if (end - start < target.data.length) split(target, end - start);
    const mark = document.createElement(MARK_TAG);
    created.add(mark);
    const { background, text } = KIND_COLOURS[kind];
    mark.setAttribute('style', `all:unset;background-color:${background};color:${text}`);
    mark.dataset.kind = kind;
    target.replaceWith(mark);
    mark.append(target);
    marks.push(mark);
  };

  return {
    add(range, kind) {
      const { startContainer, endContainer, startOffset, endOffset } = range;
      if (startContainer === endContainer && startContainer instanceof Text) {
        wrap(startContainer, startOffset, endOffset, kind);
        return;
      }
      // A name split across inline elements (Tok<b>ayev</b>): wrap each text piece.
      const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      const pieces: [Text, number, number][] = [];
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (!range.intersectsNode(node)) continue;
        pieces.push([
          node,
          node === startContainer ? startOffset : 0,
          node === endContainer ? endOffset : node.data.length,
        ]);
      }
      for (const [node, from, to] of pieces) wrap(node, from, to, kind);
    },
    clear() {
      for (const mark of marks) mark.replaceWith(...mark.childNodes);
      for (const [origin, pieces] of splits) {
        for (const piece of pieces) {
          origin.appendData(piece.data);
          piece.remove();
        }
      }
      marks.length = 0;
      splits.clear();
      originOf.clear();
    },
    owns: (node) => created.has(node),
    touchesDom: true,
  };
}
