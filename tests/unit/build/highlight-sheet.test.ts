// The highlight colours as each browser's manifest CSS: Chromium's rules sit on the root, which every
// highlight inherits; Firefox's on every element, as it does not inherit them.
import { describe, expect, it } from 'vitest';
import { KIND_COLOURS } from '../../../content-scripts/colours';
import { highlightRules } from '../../../content-scripts/highlight-sheet';

describe('highlight sheet', () => {
  it('colours every kind of name, on the root in Chromium and on each element in Firefox', () => {
    const kinds = Object.keys(KIND_COLOURS);
    const chrome = highlightRules('chrome').split('\n');
    const firefox = highlightRules('firefox').split('\n');
    expect(chrome).toHaveLength(kinds.length);
    expect(firefox).toHaveLength(kinds.length);
    for (const rule of chrome)
      expect(rule).toMatch(/^:root::highlight\(kazakhstan-lens-[a-z]+\) \{ background-color: #/);
    for (const rule of firefox) expect(rule).toMatch(/^::highlight\(kazakhstan-lens-[a-z]+\) \{ background-color: #/);
    expect(chrome.join('\n')).toContain(
      `background-color: ${KIND_COLOURS.place.background}; color: ${KIND_COLOURS.place.text};`,
    );
  });
});
