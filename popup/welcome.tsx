// First-run page, opened once at install (src/background/first-run.ts): what the extension does, where its
// button is, what it reads, and whether it may read pages, with the way to change that.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { hasSiteAccess, WEB_ORIGINS } from './data/site-access';
import { t, uiLanguage } from './i18n';
import './popup.css';

/** Firefox: the state of site access, and a button to grant it or to take it back. Chrome grants it with the
 *  install and changes it only in its own settings, which the page names. */
function SiteAccessState() {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    void hasSiteAccess().then(setGranted);
  }, []);
  if (__TARGET__ !== 'firefox') return <p>{t('welcomeAccessChrome')}</p>;
  if (granted === null) return null;
  // Both calls come straight from the click: Firefox grants permissions only inside a user's gesture.
  const grant = () => void browser.permissions.request({ origins: WEB_ORIGINS }).then(setGranted, () => undefined);
  const withdraw = () =>
    void browser.permissions.remove({ origins: WEB_ORIGINS }).then((removed) => setGranted(!removed));
  return (
    <>
      <p data-access={granted ? 'granted' : 'withdrawn'}>{granted ? t('welcomeAccessOn') : t('welcomeAccessOff')}</p>
      <p>
        <button type="button" class="primary" onClick={granted ? withdraw : grant}>
          {granted ? t('stopAccess') : t('grantAccess')}
        </button>
      </p>
    </>
  );
}

function Welcome() {
  return (
    <main class="options welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeWhat')}</p>
      <h2>{t('welcomeButtonHeading')}</h2>
      <p>{__TARGET__ === 'firefox' ? t('welcomePinFirefox') : t('welcomePinChrome')}</p>
      <h2>{t('welcomeReadHeading')}</h2>
      <p>{t('welcomeRead')}</p>
      <h2>{t('welcomeAccessHeading')}</h2>
      <SiteAccessState />
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
