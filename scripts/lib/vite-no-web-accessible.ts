// A Vite plugin that keeps the extension's files away from web pages. The extension plugin lists a script
// the worker injects (`?script&iife`, the reader) as web accessible, which scripting.executeScript does not
// need, and any page could then fetch it to learn that the reader has the extension. The list is dropped
// from the written manifest; an e2e test holds it empty. The module build of the same script, which
// nothing loads (the worker injects the self-contained file), is left out of the package.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function noWebAccessibleFiles(): Plugin {
  return {
    name: 'kazakhstan-lens:no-web-accessible-files',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [fileName, file] of Object.entries(bundle))
        if (file.type === 'chunk' && file.isEntry && file.facadeModuleId?.endsWith('content-scripts/reader.ts'))
          delete bundle[fileName];
    },
    writeBundle(options) {
      if (!options.dir) return;
      const path = join(options.dir, 'manifest.json');
      let manifest: Record<string, unknown>;
      try {
        manifest = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        return; // the content scripts' own build writes no manifest
      }
      if (!('web_accessible_resources' in manifest)) return;
      delete manifest.web_accessible_resources;
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
