// Picks up text the page adds later, through one observer that batches added nodes and ignores the rest.
import { isSkipped } from './text-model';

/** Waits this long after the last change, but never longer than MAX_WAIT, before reading new text. */
const QUIET_MS = 400;
const MAX_WAIT_MS = 2000;
const MAX_NODES_PER_BATCH = 5000;

export function watchAddedNodes(
  signal: AbortSignal,
  ignore: (node: Node) => boolean,
  onAdded: (roots: Node[]) => void,
): void {
  if (!document.body) return;
  let batch: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  const flush = () => {
    timer = undefined;
    const roots = batch.filter(
      (node) => node.isConnected && !batch.some((other) => other !== node && other.contains(node)),
    );
    batch = [];
    if (roots.length > 0 && !signal.aborted) onAdded(roots);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (batch.length >= MAX_NODES_PER_BATCH) break;
        if (ignore(node)) continue;
        if (node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node as Element)))
          batch.push(node);
      }
    }
    if (batch.length === 0) return;
    const now = performance.now();
    if (timer === undefined) firstChange = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, now - firstChange > MAX_WAIT_MS ? 0 : QUIET_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
