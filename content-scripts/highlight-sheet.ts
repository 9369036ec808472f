// The style sheet that colours the highlights. A sheet added to a page makes the browser restyle all of it:
// 8-14 ms on the 1 MB article, 80 ms on a page of 30,000 elements. So early-sheet.ts adopts it at
// document_start, when the page has no element yet, and the painter only checks that it is still there.
import type { HighlightKind } from '../src/settings/settings';
import { highlightName, KIND_COLOURS } from './colours';

export const highlightApiAvailable = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** With a rule on every element (`::highlight`) Chromium computes the highlight style for each of them; with
 *  one on the root, which the rest inherit (highlight inheritance, Chromium 134+), the restyle took half as
 *  long. Firefox keeps the rule on every element. */
const HIGHLIGHT_SCOPE = __TARGET__ === 'chrome' ? ':root' : '';

/** Our content scripts share one isolated world, which the page cannot see: the sheet one of them made is
 *  found here by the next. */
const SHEET_KEY = Symbol.for('kazakhstan-lens.highlight-sheet');
type SheetHolder = { [SHEET_KEY]?: CSSStyleSheet };

export function highlightRules(): string {
  return (Object.keys(KIND_COLOURS) as HighlightKind[])
    .map((kind) => {
      const { background, text } = KIND_COLOURS[kind];
      return `${HIGHLIGHT_SCOPE}::highlight(${highlightName(kind)}) { background-color: ${background}; color: ${text}; }`;
    })
    .join('\n');
}

/** Adopts the sheet unless the document has it already (a page's script may have replaced the list since).
 *  False where the browser refuses a sheet made in a content script's world. */
export function adoptHighlightSheet(): boolean {
  const holder = globalThis as SheetHolder;
  try {
    let sheet = holder[SHEET_KEY];
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightRules());
      holder[SHEET_KEY] = sheet;
    }
    if (!document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}
