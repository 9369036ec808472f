// Firefox only: host access is opt-in there, so a page may go unread until the user allows it.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../i18n';

export const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

/** Whether reading web pages is allowed; always true outside Firefox, where the manifest grants it. */
export function useSiteAccess(): [boolean | null, () => void] {
  const [granted, setGranted] = useState<boolean | null>(__TARGET__ === 'firefox' ? null : true);
  useEffect(() => {
    if (__TARGET__ !== 'firefox') return;
    void browser.permissions.contains({ origins: WEB_ORIGINS }).then(setGranted, () => setGranted(false));
  }, []);
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
