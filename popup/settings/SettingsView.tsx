// The popup's settings view: highlights for every site and for this one, kinds of name, imported digests.
import browser from 'webextension-polyfill';
import type { PopupData } from '../data/load';
import { t } from '../i18n';
import { ViewHeading } from '../views/ViewHeading';
import { HighlightSettings } from './HighlightSettings';
import { UserDigestsPanel } from './UserDigestsPanel';

export function hostnameOf(url: string | null): string | null {
  if (!url || !/^https?:/i.test(url)) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

export function SettingsView({ url, data }: { url: string | null; data: PopupData | null }) {
  const bundledIds = async () => (data?.dataset.digests ?? []).filter((digest) => !digest.user).map((d) => d.id);
  return (
    <div class="settings-view">
      <ViewHeading>{t('settingsHeading')}</ViewHeading>
      <HighlightSettings hostname={hostnameOf(url)} />
      <UserDigestsPanel bundledIds={bundledIds} />
      <p>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </p>
    </div>
  );
}
