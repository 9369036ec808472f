// Builds the manifest for one browser: manifest.json plus that browser's overlay, versioned from package.json.

import chrome from './manifest.chrome.json' with { type: 'json' };
import firefox from './manifest.firefox.json' with { type: 'json' };
import base from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export function manifestFor(target: Target) {
  const { '//': _note, ...overlay } = target === 'firefox' ? firefox : chrome;
  return { ...base, ...overlay, version: pkg.version } as Record<string, unknown>;
}
