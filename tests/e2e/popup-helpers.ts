// Shared steps of the popup's end-to-end tests: wait for the full render, run axe, save screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { AssetItem, DatasetAsset } from '../../src/core/dataset/asset';
import { BROWSER } from './support/driver';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const DATASET = new URL('../../generated/public/data/dataset.json', import.meta.url).pathname;

/** The built dataset, to state expectations in terms of real items. */
export function dataset(): DatasetAsset {
  return JSON.parse(readFileSync(DATASET, 'utf8')) as DatasetAsset;
}

export function itemByHeadline(headline: string): AssetItem {
  const item = dataset().items.find((candidate) => candidate.headline === headline);
  if (!item) throw new Error(`no dataset item has the headline "${headline}"`);
  return item;
}

/** Waits until the popup marked its first full render (verdict and items). */
export async function waitForFullRender(popup: Page): Promise<void> {
  await popup.waitForFunction(() => document.documentElement.dataset.rendered === 'true', { timeout: 15_000 });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // The extension's pages allow no inline script (script-src 'self'), so addScriptTag is refused there;
  // evaluating the source through the driver's protocol is not subject to the page's policy.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** Saves the popup at its real width for the README: the whole view, or (for long lists) its first screen.
 *  The README shows Chromium's; a Firefox run takes the same steps and leaves the pictures as they are. */
export async function screenshot(page: Page, name: string, { width = 400, height = 600, whole = true } = {}) {
  await page.setViewport({ width, height });
  await saveScreenshot(page, name, { whole });
}

export async function saveScreenshot(page: Page, name: string, { whole = true } = {}) {
  if (BROWSER !== 'chromium') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: whole });
}
