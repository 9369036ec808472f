// Runs the extension's own reading of a page on an HTML file in Node, through happy-dom: the content script's
// part (text model, article) and the worker's (names, verdict), so the eval measures what the browser does.
import { Window } from 'happy-dom';
import { type PageReading, readingOf } from '../../content-scripts/analyse-page';
import { buildTextModel } from '../../content-scripts/text-model';
import { isHighlighted, type Matcher } from '../../src/core/engine';
import { type Reading, readText } from '../../src/core/engine/reading';
import type { Highlighted } from './corpus';

export interface ReadPage extends Reading, Omit<PageReading, 'request'> {
  /** What the browser would highlight. */
  highlighted: Highlighted[];
  text: string;
}

export async function readPage(matcher: Matcher, html: string, url: string): Promise<ReadPage> {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const globals = globalThis as Record<string, unknown>;
  Object.assign(globals, {
    document: doc,
    location: window.location,
    Node: window.Node,
    NodeFilter: window.NodeFilter,
  });
  try {
    const model = buildTextModel(doc.body as unknown as Node);
    const { request, ...page } = readingOf(model);
    const analysed = { ...page, ...readText(matcher, request) };
    const verdict = analysed.analysis.verdict;
    const highlighted = analysed.mentions
      .filter((m) => isHighlighted(matcher.kb, m, verdict))
      .map((m) => ({ start: m.start, end: m.end, text: model.text.slice(m.start, m.end) }));
    return { ...analysed, highlighted, text: model.text };
  } finally {
    await window.happyDOM.close();
  }
}
