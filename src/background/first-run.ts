// Opens the first-run page once, when the extension is installed: what it does, where its button is, what
// it reads, and whether it may read pages.
import browser from 'webextension-polyfill';
import { FIRST_RUN_KEY } from './first-run-key';

export function showFirstRunOnInstall(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    if ((await browser.storage.local.get(FIRST_RUN_KEY))[FIRST_RUN_KEY]) return;
    await browser.tabs.create({ url: browser.runtime.getURL('popup/welcome.html') });
    await browser.storage.local.set({ [FIRST_RUN_KEY]: true });
  });
}
