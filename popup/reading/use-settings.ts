// The reader's settings as state: loaded once, kept current when any context changes them, and saved.
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, type Settings, saveSettings, watchSettings } from '../../src/settings/settings';

export function useSettings(): {
  settings: Settings | null;
  error: string | null;
  save(change: Partial<Settings>): Promise<Settings | null>;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings, (e: Error) => setError(e.message));
    watchSettings(controller.signal, setSettings);
    return () => controller.abort();
  }, []);
  const save = (change: Partial<Settings>) =>
    saveSettings(change).then(
      (next) => {
        setSettings(next);
        return next;
      },
      (e: Error) => {
        setError(e.message);
        return null;
      },
    );
  return { settings, error, save };
}
