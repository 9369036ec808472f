// Firefox only: the user can withdraw the extension's access to web pages; the popup offers it back.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { WEB_ORIGINS } from '../data/site-access';
import { t } from '../i18n';

/** Whether reading web pages is allowed, from what the popup learned before its first render (so it never
 *  shows one state and then another), and how to ask for it. */
export function useSiteAccess(known: boolean): [boolean, () => void] {
  const [granted, setGranted] = useState(known);
  // Called straight from the click: Firefox grants permissions only inside a user's gesture.
  const request = () =>
    void browser.permissions.request({ origins: WEB_ORIGINS }).then(setGranted, () => setGranted(false));
  return [granted, request];
}

export function SiteAccessButton({ onRequest }: { onRequest: () => void }) {
  return (
    <p class="site-access">
      <button type="button" class="primary" onClick={onRequest}>
        {t('grantAccess')}
      </button>{' '}
      <span class="muted">{t('grantAccessHint')}</span>
    </p>
  );
}
