// Paints mentions with the CSS Custom Highlight API: the page's DOM is not touched at all.
import type { HighlightKind } from '../src/settings/settings';
import { highlightName } from './colours';
import { adoptHighlightSheet, highlightRules } from './highlight-sheet';
import type { Painter } from './painter';

let sheetChecked = false;

/** Once per page, at the first highlight: the sheet early-sheet.ts adopted is still there, or is adopted now;
 *  a <style> in <head> is the fallback for browsers that refuse sheets made in a content script's world. */
function ensureSheet(): void {
  if (sheetChecked) return;
  sheetChecked = true;
  if (adoptHighlightSheet()) return;
  const style = document.createElement('style');
  style.textContent = highlightRules();
  (document.head ?? document.documentElement).append(style);
}

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
      ensureSheet();
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
