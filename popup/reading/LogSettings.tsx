// The reading log's settings: on or off (off until the reader turns it on), never for this site, and the
// sites never logged. Excluding a site also forgets its pages already in the log.
import { useState } from 'preact/hooks';
import { LOG_LIMIT } from '../../src/core/reading-log/log';
import { forgetSiteEntries } from '../../src/reading-log';
import { t } from '../i18n';
import { useSettings } from './use-settings';

export function LogSettings({ site }: { site: string | null }) {
  const { settings, error, save } = useSettings();
  const [status, setStatus] = useState<string | null>(null);
  if (!settings) return error ? <p class="error">{error}</p> : null;
  const excluded = settings.logExcludedSites;
  const exclude = async (host: string) => {
    if (!(await save({ logExcludedSites: [...excluded, host] }))) return;
    const forgotten = await forgetSiteEntries(host);
    setStatus(forgotten.ok ? t('logSiteExcluded', host) : t('storeFailed', forgotten.error));
  };
  const include = (host: string) => void save({ logExcludedSites: excluded.filter((known) => known !== host) });
  return (
    <section class="section settings-group" aria-labelledby="log-settings">
      <h2 id="log-settings">{t('logSettingsHeading')}</h2>
      <label class="toggle">
        <input
          type="checkbox"
          name="reading-log"
          checked={settings.readingLog}
          onChange={() => void save({ readingLog: !settings.readingLog })}
        />
        {t('logOn')}
      </label>
      <p class="note">{t('logHelp', LOG_LIMIT.toLocaleString())}</p>
      {site && (
        <label class="toggle">
          <input
            type="checkbox"
            name="log-exclude-site"
            checked={excluded.includes(site)}
            onChange={() => (excluded.includes(site) ? include(site) : void exclude(site))}
          />
          {t('logExcludeSite', site)}
        </label>
      )}
      {excluded.length > 0 && (
        <div class="excluded-sites">
          <h3>{t('logExcludedSites')}</h3>
          <ul>
            {excluded.map((host) => (
              <li key={host} data-excluded-site={host}>
                <span class="excluded-site">{host}</span>
                <button type="button" aria-label={t('logLogAgainOne', host)} onClick={() => include(host)}>
                  {t('logLogAgain')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div aria-live="polite">
        {(status || error) && (
          <p class={error ? 'error' : 'done'} role={error ? 'alert' : 'status'} data-log-settings-message>
            {error ?? status}
          </p>
        )}
      </div>
    </section>
  );
}
