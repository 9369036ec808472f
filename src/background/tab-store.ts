// One page report per tab, kept in session storage so a restarted worker still knows every tab.
import browser from 'webextension-polyfill';
import type { PageReport } from '../messaging/protocol';

const keyOf = (tabId: number) => `tab:${tabId}`;
const memory = new Map<number, PageReport>();

export async function saveReport(tabId: number, report: PageReport): Promise<void> {
  memory.set(tabId, report);
  await browser.storage.session?.set({ [keyOf(tabId)]: report });
}

export async function getReport(tabId: number): Promise<PageReport | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session?.get(keyOf(tabId)))?.[keyOf(tabId)] as PageReport | undefined;
  return stored ?? null;
}

export async function dropReport(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session?.remove(keyOf(tabId));
}

/** The reports this worker holds in memory (those since it last started). */
export function heldReports(): [number, PageReport][] {
  return [...memory.entries()];
}
