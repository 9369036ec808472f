// `npm run zip`: store-ready zips of dist/chrome and dist/firefox in artifacts/, named with the version.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import pkg from '../package.json' with { type: 'json' };

const ROOT = new URL('../', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const dir = join(ROOT, 'dist', target);
  const entries: Record<string, Uint8Array> = {};
  // Sorted names and a fixed date make the same build give the same zip, byte for byte.
  for (const file of filesUnder(dir).sort())
    entries[relative(dir, file)] = [
      readFileSync(file),
      { mtime: new Date('2026-01-01T00:00:00Z') },
    ] as unknown as Uint8Array;
  const out = join(ROOT, 'artifacts', `kazakhstan-lens-${target}-${pkg.version}.zip`);
  writeFileSync(out, zipSync(entries, { level: 9 }));
  console.log(`${relative(ROOT, out)}: ${(statSync(out).size / 1024).toFixed(1)} KB`);
}
