// One config, two targets: TARGET=firefox builds dist/firefox, anything else dist/chrome.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { manifestFor, type Target } from './manifest.config';
import { compileHints } from './scripts/lib/vite-compile-hints';
import { generatedAssets } from './scripts/lib/vite-generated-assets';
import { highlightSheet } from './scripts/lib/vite-highlight-sheet';
import { noInnerHtml } from './scripts/lib/vite-no-inner-html';
import { noWebAccessibleFiles } from './scripts/lib/vite-no-web-accessible';
import { polyfillModule } from './scripts/lib/vite-polyfill-module';

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target) as unknown as ManifestV3Export,
      browser: target,
      contentScripts: { standaloneFiles: ['content-scripts/index.ts'] },
    }),
    highlightSheet(target),
    generatedAssets('generated/public'),
    compileHints(),
    noInnerHtml(),
    polyfillModule(),
    noWebAccessibleFiles(),
  ],
  define: { __TARGET__: JSON.stringify(target) },
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    // Source maps help reviewers of the store builds and cost users nothing at run time.
    sourcemap: false,
    rollupOptions: { input: { options: 'popup/options.html', welcome: 'popup/welcome.html' } },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
