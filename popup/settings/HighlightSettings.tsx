// Highlight settings: on or off everywhere, on or off for this site, and which kinds of name to colour.
import { useEffect, useState } from 'preact/hooks';
import {
  HIGHLIGHT_KINDS,
  type HighlightKind,
  loadSettings,
  type Settings,
  saveSettings,
} from '../../src/settings/settings';
import { type MessageKey, t } from '../i18n';

const KIND_LABELS: Record<HighlightKind, MessageKey> = {
  person: 'kindPerson',
  place: 'kindPlace',
  organisation: 'kindOrganisation',
  project: 'kindProject',
  event: 'kindEvent',
};

export function HighlightSettings({ hostname }: { hostname: string | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings, (e: Error) => setError(e.message));
  }, []);
  if (!settings) return error ? <p class="error">{error}</p> : null;

  const save = (change: Partial<Settings>) =>
    void saveSettings(change).then(setSettings, (e: Error) => setError(e.message));
  const siteOff = hostname !== null && settings.disabledSites.includes(hostname);
  const toggleSite = () =>
    hostname &&
    save({
      disabledSites: siteOff
        ? settings.disabledSites.filter((site) => site !== hostname)
        : [...settings.disabledSites, hostname],
    });

  return (
    <section class="section settings-group" aria-labelledby="highlight-settings">
      <h2 id="highlight-settings">{t('settingsHighlights')}</h2>
      <label class="toggle">
        <input
          type="checkbox"
          name="highlights"
          checked={settings.highlights}
          onChange={() => save({ highlights: !settings.highlights })}
        />
        {t('settingsHighlightsOn')}
      </label>
      {hostname && (
        <label class="toggle">
          <input type="checkbox" name="site" checked={!siteOff} disabled={!settings.highlights} onChange={toggleSite} />
          {t('settingsHighlightsSite', hostname)}
        </label>
      )}
      <fieldset class="kinds" disabled={!settings.highlights}>
        <legend>{t('settingsKinds')}</legend>
        {HIGHLIGHT_KINDS.map((kind) => (
          <label key={kind} class="toggle">
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={settings.kinds[kind]}
              onChange={() => save({ kinds: { ...settings.kinds, [kind]: !settings.kinds[kind] } })}
            />
            <span class={`swatch swatch-${kind}`} aria-hidden="true" />
            {t(KIND_LABELS[kind])}
          </label>
        ))}
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
