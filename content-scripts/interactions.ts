// Hover and keyboard: pointing at a mark opens its card; Escape closes it; a command walks the marks.
import browser from 'webextension-polyfill';
import type { EntityTable } from '../src/core/kb/compiled';
import { askWorker } from '../src/messaging/client';
import type { ContentCommand } from '../src/messaging/protocol';
import { HoverCard } from './card';
import { type Mark, markAt } from './marks';

export interface InteractionHost {
  marks(): Mark[];
  kb(): EntityTable;
  toggleHighlights(): void;
  /** Paints every name still waiting to come near the viewport. */
  paintAll(): void;
}

export function initInteractions(signal: AbortSignal, host: InteractionHost): void {
  const card = new HoverCard();
  let shown: Mark | null = null;
  let pending = false;
  let lastPoint = { x: 0, y: 0 };
  let cursor = -1;
  // A command scrolls the page itself: its own scroll must not close the card it opens.
  let keepOpenUntil = 0;

  const open = async (mark: Mark) => {
    shown = mark;
    const { id, name, kind } = host.kb().entities[mark.mention.entity];
    const matched = mark.range.toString();
    const details = await askWorker('entity-details', { ids: [id] }).catch(() => ({}) as Record<string, never>);
    if (shown !== mark || signal.aborted) return;
    // Without the worker's details (it may be restarting) the card still names what was found.
    const entity = details[id] ?? { name, kind, description: '', spellings: [], formerNames: [], digests: null };
    card.show({ entity, matched }, mark.range.getBoundingClientRect());
  };
  const close = () => {
    shown = null;
    card.hide();
  };

  // One hit test per frame at most, however fast the pointer moves.
  const onPointerMove = (event: PointerEvent) => {
    lastPoint = { x: event.clientX, y: event.clientY };
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const marks = host.marks();
      const mark = marks.length > 0 ? markAt(marks, lastPoint.x, lastPoint.y) : null;
      if (mark === shown) return;
      if (mark) void open(mark);
      else close();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && card.visible) close();
  };
  const onCommand = (message: unknown) => {
    const command = message as ContentCommand;
    if (command?.type === 'toggle-highlights') host.toggleHighlights();
    if (command?.type === 'next-mention') {
      host.paintAll();
      const marks = host.marks().filter((mark) => mark.range.getClientRects().length > 0);
      if (marks.length === 0) return;
      cursor = (cursor + 1) % marks.length;
      const mark = marks[cursor];
      keepOpenUntil = performance.now() + 600;
      mark.range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        behavior: 'instant' as ScrollBehavior,
      });
      void open(mark);
    }
  };

  document.addEventListener('pointermove', onPointerMove, { passive: true, signal });
  document.addEventListener('keydown', onKeyDown, { signal });
  window.addEventListener('scroll', () => shown && performance.now() > keepOpenUntil && close(), {
    passive: true,
    signal,
  });
  browser.runtime.onMessage.addListener(onCommand);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onCommand);
    card.destroy();
  });
}
