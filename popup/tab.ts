// Which tab the popup describes: ?tab=<id> (tests, links) or the active tab of the current window.
import browser from 'webextension-polyfill';

export async function resolveTabId(params: URLSearchParams): Promise<number | null> {
  const fromQuery = Number.parseInt(params.get('tab') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
