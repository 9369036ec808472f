// A Vite plugin that marks the extension's own pages' scripts (the worker, the popup and its views) with
// V8's compile hint: Chromium 136+ then compiles all their functions on the thread that streams the script
// in, instead of one by one on the main thread the first time each is called. Other browsers read the line
// as a comment.
// The content script goes without: the browser injects it from memory, not streamed, so the hint makes V8
// compile the whole file on the page's main thread, and on most pages only the first look ever runs. In
// Chromium's traces its compile took 8-10 ms with the hint and 2-4 without, and the page bench put a page
// not about Kazakhstan at 8.7 ms above the floor with it and 4.9 without (25 pairs side by side); the
// article, which compiles the reader as it calls it, came out even (24.7 and 25.6 ms, 21 pairs).
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Where the build writes the content scripts, which are left without the hint. */
export const CONTENT_SCRIPTS_DIR = 'content-scripts/';

export function compileHints(): Plugin {
  return {
    name: 'kazakhstan-lens:compile-hints',
    apply: 'build',
    // After minification, which drops comments; the loaders the extension plugin writes are assets.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.fileName.startsWith(CONTENT_SCRIPTS_DIR)) continue;
          if (file.type === 'chunk') file.code = `${COMPILE_HINT}\n${file.code}`;
          else if (file.fileName.endsWith('.js') && typeof file.source === 'string')
            file.source = `${COMPILE_HINT}\n${file.source}`;
        }
      },
    },
  };
}
