// Calls back when any context of the extension changes one key of storage.local.
import browser from 'webextension-polyfill';

/** `onChange` gets the key's new value (undefined once removed); the listener goes when signal aborts. */
export function watchStored(key: string, signal: AbortSignal, onChange: (value: unknown) => void): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && key in changes) onChange(changes[key].newValue);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
