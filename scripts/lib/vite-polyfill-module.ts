// A Vite plugin that hands webextension-polyfill to the bundler as an ES module. Shipped as UMD, it is
// bundled as CommonJS, and the bundler's interop then copies every property of what it exports onto a
// namespace object. Where the browser has its own `browser` (Chrome 148+, Firefox), that export is the
// browser's API object itself, and reading each property's descriptor builds each API's bindings, on every
// page and every popup open, for nothing. As a module it is exported as it is.
// And lazily: the content script runs on every page, and most pages never use the API (the first look
// turns them away). Running the polyfill asks the browser for its API objects, 0.5-0.8 ms of a page that is
// not about Kazakhstan; so the module exports a stand-in that runs it at the first property read.
// An alias, not a transform: the content script is built by the extension plugin's second build, which
// takes the resolve options of this config but none of its plugins.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const MODULE_PATH = new URL('../../generated/webextension-polyfill.mjs', import.meta.url).pathname;
/** The UMD wrapper's CommonJS branch: `factory(module)` when `exports` is defined. */
const COMMONJS_BRANCH = 'typeof exports !== "undefined"';

export function polyfillAsModule(code: string): string {
  if (!code.includes(COMMONJS_BRANCH)) throw new Error("webextension-polyfill's UMD wrapper has changed");
  // Local `module` and `exports` send the wrapper down its CommonJS branch, with no free variable left
  // for the bundler to read as CommonJS.
  return `let loaded;
function load() {
  if (loaded) return loaded;
  const module = { exports: {} };
  const exports = module.exports;
${code}
  loaded = module.exports;
  return loaded;
}
// The API has no "then": a stand-in that a promise resolves with is asked for one, and must not run it.
export default new Proxy({}, {
  get: (_, key) => (key === 'then' ? undefined : load()[key]),
  has: (_, key) => key in load(),
});
`;
}

export function polyfillModule(): Plugin {
  return {
    name: 'kazakhstan-lens:polyfill-module',
    config() {
      const umd = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill'), 'utf8');
      mkdirSync(new URL('.', `file://${MODULE_PATH}`).pathname, { recursive: true });
      writeFileSync(MODULE_PATH, polyfillAsModule(umd));
      return { resolve: { alias: [{ find: /^webextension-polyfill$/, replacement: MODULE_PATH }] } };
    },
  };
}
