// Builds the manifest for one browser: manifest.json plus that browser's overlay, versioned from package.json.

import firefox from './manifest.firefox.json' with { type: 'json' };
import base from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export function manifestFor(target: Target) {
  const { '//': _note, ...overlay } = firefox;
  const manifest: Record<string, unknown> = { ...base, version: pkg.version };
  if (target === 'firefox') Object.assign(manifest, overlay);
  return manifest;
}
