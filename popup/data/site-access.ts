// Whether the extension may read web pages. Firefox lets the user withdraw the access the manifest asks for
// (and hides the addresses of tabs it may not read); elsewhere the manifest's content scripts grant it for good.
import browser from 'webextension-polyfill';

export const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

/** Never rejects: an answer that cannot be had counts as no access, the state that offers to grant it. */
export function hasSiteAccess(): Promise<boolean> {
  if (__TARGET__ !== 'firefox') return Promise.resolve(true);
  return browser.permissions.contains({ origins: WEB_ORIGINS }).catch(() => false);
}
