// The reader, brought into a page by the worker when the first look (index.ts) finds that it may hold a
// name: one page session and everything hung on its abort signal. It reads the settings, has the worker find the names, paints them,
// and keeps up with text the page adds and with single-page navigation.
import { loadSettings, watchSettings } from '../src/settings/settings';
import { highlightApiAvailable } from './highlight-sheet';
import { initInteractions } from './interactions';
import { createHighlightPainter } from './paint-highlights';
import { createWrapPainter } from './paint-wrappers';
import type { Painter } from './painter';
import { READER_KEY } from './reader-key';
import { PageSession } from './session';
import { timed } from './slices';
import { stopQuietly } from './stop-quietly';
import { buildTextModel } from './text-model';
import { watchAddedNodes } from './watch-mutations';
import { watchNavigation } from './watch-navigation';

/** After a single-page navigation, the new article needs a moment to render. */
const SETTLE_MS = 300;

async function startReader(): Promise<void> {
  const controller = new AbortController();
  const { signal } = controller;
  let settings = await loadSettings();
  const painter: Painter =
    highlightApiAvailable() && !settings.debugWrapPainter ? createHighlightPainter() : createWrapPainter();
  let sessionSignal = new AbortController();
  let session = new PageSession(AbortSignal.any([signal, sessionSignal.signal]), painter, settings);

  initInteractions(signal, {
    marks: () => session.marks,
    kb: () => session.knowledgeBase,
    paintAll: () => session.paintAll(),
    toggleHighlights: () => {
      settings = { ...settings, highlights: !settings.highlights };
      session.applySettings(settings);
    },
  });
  watchSettings(signal, (next) => {
    settings = next;
    session.applySettings(next);
  });
  watchAddedNodes(signal, painter.owns, (roots) => {
    void session.addText(timed(() => roots.map((root) => buildTextModel(root))));
  });
  watchNavigation(signal, () => {
    sessionSignal.abort();
    session.stop();
    sessionSignal = new AbortController();
    const navigationSignal = AbortSignal.any([signal, sessionSignal.signal]);
    session = new PageSession(navigationSignal, painter, settings);
    setTimeout(() => void session.start(), SETTLE_MS);
  });
  await session.start();
}

// The worker runs this file in the tab when the first look passes (src/background/first-look.ts); a second
// run in the same page (a worker that asked twice) finds the first one's mark and leaves.
const scope = globalThis as unknown as Record<string, boolean>;
if (!scope[READER_KEY]) {
  scope[READER_KEY] = true;
  startReader().catch(stopQuietly);
}
