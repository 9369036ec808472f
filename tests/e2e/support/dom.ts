// Reading and using an open page by CSS selector, the same way in every browser (each runs in the page).
import type { Page } from 'puppeteer-core';

export const textOf = (page: Page, selector: string) => page.$eval(selector, (node) => node.textContent ?? '');

export const attrOf = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (node, attribute) => node.getAttribute(attribute), name);

export const countOf = (page: Page, selector: string) => page.$$eval(selector, (nodes) => nodes.length);

/** Rendered text of every match, as the reader sees it. */
export const textsOf = (page: Page, selector: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the test wants the text as rendered (CSS case and spacing), not the source text
  page.$$eval(selector, (nodes) => nodes.map((node) => (node as HTMLElement).innerText));

export const attrsOf = (page: Page, selector: string, name: string) =>
  page.$$eval(selector, (nodes, attribute) => nodes.map((node) => node.getAttribute(attribute)), name);

export const isChecked = (page: Page, selector: string) =>
  page.$eval(selector, (node) => (node as HTMLInputElement).checked);

export const fieldValue = (page: Page, selector: string) =>
  page.$eval(selector, (node) => (node as HTMLInputElement).value);

export const isVisible = (page: Page, selector: string) =>
  page.$eval(selector, (node) => (node as HTMLElement).getClientRects().length > 0);

/** Replaces a field's value as typing would end up: one input event with the whole value. */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (node, text) => {
      const field = node as HTMLInputElement;
      field.focus();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/** Picks an option of a select by value, as the reader would, with the change event. */
export async function choose(page: Page, selector: string, value: string): Promise<void> {
  await page.select(selector, value);
}

/** The button whose text or label is `name`, clicked with the mouse; waited for, as parts of a page come
 *  once their data is read. */
export async function clickButton(page: Page, name: string | RegExp, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  do {
    for (const button of await page.$$('button')) {
      const label = await button.evaluate((node) => node.getAttribute('aria-label') ?? node.textContent ?? '');
      if (typeof name === 'string' ? label.trim() === name : name.test(label.trim())) {
        await button.click();
        return;
      }
    }
    await pause(100);
  } while (Date.now() < deadline);
  throw new Error(`no button named ${name}`);
}

export const isFocused = (page: Page, selector: string) =>
  page.$eval(selector, (node) => node === document.activeElement);

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
