// Why the extension has no analysis of a tab, from its address: the one line the popup says instead.

export type UnreadReason = 'browser-page' | 'pdf' | 'restricted' | 'no-access' | 'not-run';

// Stores and the browsers' own sites: no extension may run scripts there.
const RESTRICTED = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** `hasAccess`: false where the browser has not granted reading web pages (Firefox until the user allows it). */
export function whyUnread(url: string | null, hasAccess = true): UnreadReason {
  if (!url || !/^https?:/i.test(url)) return 'browser-page';
  if (/\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  if (RESTRICTED.some((pattern) => pattern.test(url))) return 'restricted';
  if (!hasAccess) return 'no-access';
  return 'not-run';
}
