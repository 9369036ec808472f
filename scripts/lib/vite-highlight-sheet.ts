// A Vite plugin that writes the highlight colours (content-scripts/highlight-sheet.ts) as the CSS file the
// manifest gives every page, for the browser being built: the browser adds it at document start, with no
// script of ours.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { highlightRules } from '../../content-scripts/highlight-sheet';
import type { Target } from '../../manifest.config';

/** Where manifest.json's content script entry finds it. */
export const HIGHLIGHT_SHEET = 'generated/highlights.css';

export function highlightSheet(target: Target): Plugin {
  return {
    name: 'kazakhstan-lens:highlight-sheet',
    config() {
      const path = new URL(`../../${HIGHLIGHT_SHEET}`, import.meta.url).pathname;
      mkdirSync(new URL('.', `file://${path}`).pathname, { recursive: true });
      writeFileSync(path, `${highlightRules(target)}\n`);
    },
  };
}
