// The build hands webextension-polyfill over as an ES module (scripts/lib/vite-polyfill-module.ts): checked
// on the polyfill this project installs, so an update that changes its wrapper fails here and in the build.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsModule } from '../../../scripts/lib/vite-polyfill-module';

const umd = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill'), 'utf8');
const globals = globalThis as { browser?: unknown; chrome?: unknown };

describe('polyfillAsModule', () => {
  afterEach(() => {
    delete globals.browser;
    delete globals.chrome;
  });

  const importModule = async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'polyfill-')), 'webextension-polyfill.mjs');
    writeFileSync(file, polyfillAsModule(umd));
    return ((await import(pathToFileURL(file).href)) as { default: Record<string, unknown> }).default;
  };

  it("hands out the browser's own API objects as they are, where the browser has them", async () => {
    const native = { runtime: { id: 'kazakhstan-lens-test' } };
    globals.browser = native;
    globals.chrome = native;
    const browser = await importModule();
    expect(browser.runtime).toBe(native.runtime);
    expect('runtime' in browser).toBe(true);
  });

  it('runs the polyfill at the first use, not at the import', async () => {
    // Outside an extension the polyfill throws: importing must not run it, reading an API must.
    const browser = await importModule();
    expect(() => browser.runtime).toThrow('browser extension');
  });

  it('refuses a polyfill whose wrapper has no CommonJS branch', () => {
    expect(() => polyfillAsModule('window.browser = {};')).toThrow('wrapper has changed');
  });
});
