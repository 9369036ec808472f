// A Vite plugin that marks every script the extension ships with V8's compile hint: Chromium 136+ then
// compiles all its functions on the thread that streams the script in, instead of one by one on the page's
// main thread the first time each is called. Every chunk is code a page or the popup loads because it runs
// it, so nothing is compiled in vain. Other browsers read the line as a comment.
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(): Plugin {
  return {
    name: 'kazakhstan-lens:compile-hints',
    apply: 'build',
    // After minification, which drops comments; the loaders the extension plugin writes are assets.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = `${COMPILE_HINT}\n${file.code}`;
          else if (file.fileName.endsWith('.js') && typeof file.source === 'string')
            file.source = `${COMPILE_HINT}\n${file.source}`;
        }
      },
    },
  };
}
