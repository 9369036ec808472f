// The content script of every page: the first look (first-look.ts) asks the name sieve whether the page's
// text can hold a name; only then does it ask the worker to bring in the reader (reader.ts). A page turned
// away is looked at again when it adds text or moves to another address, until one look passes. The reader
// stays out of this file: most pages never need it, and every page would compile it.
import type { WorkerMessage } from '../src/messaging/protocol';
import { addedTextMayHoldNames, pageMayHoldNames, recordLook } from './first-look';
import { stopQuietly } from './stop-quietly';
import { watchAddedNodes } from './watch-mutations';
import { watchNavigation } from './watch-navigation';

/** After a single-page navigation, the new article needs a moment to render (as the reader waits). */
const SETTLE_MS = 300;

function main(): void {
  if (window.top !== window || !document.documentElement) return;
  if (!/html|xml/.test(document.contentType)) return;
  const looking = new AbortController();
  const begin = () => {
    looking.abort(); // the reader keeps up with the page from here
    recordLook(true);
    askForReader().catch(stopQuietly);
  };

  const look = (): boolean => {
    if (looking.signal.aborted) return true;
    if (pageMayHoldNames()) {
      begin();
      return true;
    }
    recordLook(false, look);
    return false;
  };

  if (look()) return;
  watchAddedNodes(
    looking.signal,
    () => false,
    (roots) => {
      if (addedTextMayHoldNames(roots)) begin();
    },
  );
  watchNavigation(looking.signal, () => setTimeout(look, SETTLE_MS));
}

/** The reader is the worker's to bring in (src/background/first-look.ts). The browser's own API object, not
 *  the polyfill: a look costs every page, and this is its only call to the extension. */
function askForReader(): Promise<unknown> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const message = { type: 'start-reader' } as WorkerMessage;
  return api.runtime.sendMessage(message);
}

try {
  main();
} catch (error) {
  stopQuietly(error);
}
