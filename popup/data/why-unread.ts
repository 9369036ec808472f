// Why the extension has no analysis of a tab, from its address: the one line the popup says instead.

export type UnreadReason = 'browser-page' | 'pdf' | 'restricted' | 'no-access' | 'not-run';

// Stores and the browsers' own sites: no extension may run scripts there.
const RESTRICTED = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** `hasAccess`: false where the user has withdrawn the extension's access to web pages (Firefox). */
export function whyUnread(url: string | null, hasAccess = true): UnreadReason {
  // Without access Firefox hides every tab's address, a news page's too: say what is known, not a guess.
  if (!url) return hasAccess ? 'browser-page' : 'no-access';
  if (!/^https?:/i.test(url)) return 'browser-page';
  if (/\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  if (RESTRICTED.some((pattern) => pattern.test(url))) return 'restricted';
  if (!hasAccess) return 'no-access';
  return 'not-run';
}
