// The style sheet that colours the highlights. A sheet added to a loaded page makes the browser restyle all
// of it: 8-14 ms on the 1 MB article, 80 ms on a page of 30,000 elements. So the sheet is the content
// scripts' CSS in the manifest (written at build time by scripts/lib/vite-highlight-sheet.ts): the browser
// adds it before the page has any element, and no script of ours runs at document start. The painter only
// adds ranges.
import type { HighlightKind } from '../src/settings/settings';
import { highlightName, KIND_COLOURS } from './colours';

export const highlightApiAvailable = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** With a rule on every element (`::highlight`) Chromium computes the highlight style for each of them; with
 *  one on the root, which the rest inherit (highlight inheritance, Chromium 134+), the restyle took half as
 *  long. Firefox keeps the rule on every element. */
const scopeFor = (target: 'chrome' | 'firefox') => (target === 'chrome' ? ':root' : '');

export function highlightRules(target: 'chrome' | 'firefox'): string {
  return (Object.keys(KIND_COLOURS) as HighlightKind[])
    .map((kind) => {
      const { background, text } = KIND_COLOURS[kind];
      return `${scopeFor(target)}::highlight(${highlightName(kind)}) { background-color: ${background}; color: ${text}; }`;
    })
    .join('\n');
}
