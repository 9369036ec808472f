// A Vite plugin that ships the build-time data (generated/public/**) at the extension's root, beside public/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function generatedAssets(dir: string): Plugin {
  return {
    name: 'kazakhstan-lens:generated-assets',
    apply: 'build',
    generateBundle() {
      const files = filesUnder(dir);
      if (files.length === 0) this.error(`${dir} is empty: run \`npm run build:data\` first`);
      for (const file of files)
        this.emitFile({ type: 'asset', fileName: relative(dir, file), source: readFileSync(file) });
    },
  };
}
