// Picks up text the page adds later, through one observer that batches added nodes and ignores the rest.
import { isSkipped } from './element-kinds';

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
    // A node inside another added node is read with it. Looked up by ancestors, not pair by pair: a page
    // that adds thousands of nodes at once must not cost millions of comparisons.
    const added = new Set(batch);
    const roots = batch.filter((node) => node.isConnected && !hasAncestorIn(node, added));
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

function hasAncestorIn(node: Node, nodes: Set<Node>): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) if (nodes.has(parent)) return true;
  return false;
}
