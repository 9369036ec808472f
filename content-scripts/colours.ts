// Highlight colours: each sets its own text colour too, so contrast holds on light and dark pages alike.
import type { HighlightKind } from '../src/settings/settings';

/** Background and text colour per kind; every pair has a contrast ratio above 7:1 (WCAG AAA). */
export const KIND_COLOURS: Record<HighlightKind, { background: string; text: string }> = {
  person: { background: '#ffe28a', text: '#1b1b1b' },
  place: { background: '#bfe6ff', text: '#0d1b2a' },
  organisation: { background: '#d9ccff', text: '#1a1033' },
  project: { background: '#c4f0c8', text: '#0f2613' },
  event: { background: '#ffcfc4', text: '#2b0f08' },
};

export const highlightName = (kind: HighlightKind) => `kazakhstan-lens-${kind}`;
