// Paints mentions with the CSS Custom Highlight API: the page's DOM is not touched at all. Their colours are
// the manifest's CSS (highlight-sheet.ts), in the page since before it had any element.
import type { HighlightKind } from '../src/settings/settings';
import { highlightName } from './colours';
import type { Painter } from './painter';

export function createHighlightPainter(): Painter {
  const highlights = new Map<HighlightKind, Highlight>();
  const ensure = (kind: HighlightKind) => {
    let highlight = highlights.get(kind);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(kind, highlight);
      CSS.highlights.set(highlightName(kind), highlight);
    }
    return highlight;
  };
  return {
    add(range, kind) {
      ensure(kind).add(range);
    },
    clear() {
      for (const kind of highlights.keys()) CSS.highlights.delete(highlightName(kind));
      highlights.clear();
    },
    owns: () => false,
    touchesDom: false,
  };
}
