// Shows a tab's verdict on the toolbar: the badge (count and colour) and the action's title.
import browser from 'webextension-polyfill';
import type { PageReport } from '../messaging/protocol';

export const ACCENT = '#0b6e79';
export const CALM_GREY = '#6b7280';

const TITLES = {
  central: 'Kazakhstan Lens: this page is about Kazakhstan',
  mentions: 'Kazakhstan Lens: this page mentions Kazakhstan',
  none: 'Kazakhstan Lens: this page is not about Kazakhstan',
} as const;

/** What the badge counts, and the popup's chips with it: the names highlighted on the page, switches aside.
 *  A report from before `onPage` existed (kept in session storage across an update) counts its findings. */
export function namesOnPage(report: PageReport): number {
  const names = report.onPage ?? report.analysis.findings;
  return names.reduce((sum, name) => sum + name.count, 0);
}

export async function showVerdict(tabId: number, report: PageReport | null): Promise<void> {
  const verdict = report?.analysis.verdict ?? 'none';
  const count = report ? namesOnPage(report) : 0;
  const text = verdict === 'none' ? '' : String(Math.min(count, 999));
  const names = verdict === 'none' ? '' : ` (${count} ${count === 1 ? 'name' : 'names'} found)`;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: verdict === 'central' ? ACCENT : CALM_GREY }),
    browser.action.setTitle({ tabId, title: TITLES[verdict] + names }),
  ]);
}
