// `npm start`: serves the demo pages and opens Chromium with the extension on the first one.
// With no display it says so, runs headless, and prints what the extension found on each demo page.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './lib/chromium';
import { chromiumArgs } from './lib/chromium-args';
import { startFixtureServer } from './lib/page-server';

const DIST = new URL('../dist/chrome/', import.meta.url).pathname;
const DEMO_PAGES = ['astana-uranium.html', 'grain-markets.html', 'alpine-trains.html', 'ru-astana-forum.html'];
const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const server = await startFixtureServer(Number(process.env.PORT ?? 0));
console.log(`Demo pages served at ${server.url('/demo/index.html')}`);
if (!hasDisplay)
  console.log('No display found (CI or SSH?): running Chromium headless and printing what the extension finds.');

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kazakhstan-lens-demo-')), {
  executablePath: findChromium(),
  headless: !hasDisplay,
  args: chromiumArgs(DIST),
  viewport: hasDisplay ? null : { width: 1200, height: 900 },
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

if (hasDisplay) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url(`/demo/${DEMO_PAGES[0]}`));
  console.log(
    'Chromium is open on the first demo page: point at a highlighted name, or click the toolbar icon. Close the browser to stop.',
  );
  context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  for (const file of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(server.url(`/demo/${file}`));
    const report = await waitForReport(page.url());
    const verdict = report?.analysis.verdict ?? 'no report';
    const names =
      report?.analysis.findings.map((f: { name: string; count: number }) => `${f.name} ×${f.count}`).join(', ') ||
      'no names';
    console.log(`${file.padEnd(24)} ${String(verdict).padEnd(9)} ${report?.highlighted ?? 0} highlighted: ${names}`);
  }
  await context.close();
  await server.close();
}

async function waitForReport(url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const report = await worker.evaluate(async (wanted) => {
      const all = await chrome.storage.session.get(null);
      return Object.values(all).find((entry) => (entry as { url?: string }).url === wanted) ?? null;
    }, url);
    if (report)
      return report as {
        analysis: { verdict: string; findings: { name: string; count: number }[] };
        highlighted: number;
      };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}
