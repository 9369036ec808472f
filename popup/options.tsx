// Options page: the same highlight settings and imported digests as the popup's settings view, on a full page.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { DatasetAsset } from '../src/core/dataset/asset';
import { t, uiLanguage } from './i18n';
import { LogSettings } from './reading/LogSettings';
import { HighlightSettings } from './settings/HighlightSettings';
import { UserDigestsPanel } from './settings/UserDigestsPanel';
import './popup.css';

/** Only the bundled digests' ids: the options page needs no more of the dataset. */
async function bundledIds(): Promise<string[]> {
  try {
    const response = await fetch(browser.runtime.getURL('data/dataset.json'));
    return ((await response.json()) as DatasetAsset).digests.map((digest) => digest.id);
  } catch {
    return [];
  }
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(
  <main class="options">
    <h1>{t('optionsTitle')}</h1>
    <HighlightSettings hostname={null} />
    <LogSettings site={null} />
    <UserDigestsPanel bundledIds={bundledIds} />
  </main>,
  document.getElementById('app')!,
);
