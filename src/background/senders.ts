// Who may ask the worker what: every message and port is checked against its sender first.
import browser from 'webextension-polyfill';

export type Sender = browser.Runtime.MessageSender;

/** Our own pages (popup, options) have an extension URL. */
export const fromOwnPage = (sender: Sender | undefined) =>
  sender?.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));

/** Content scripts run in a tab, and ours only in its top frame. */
export const fromTopFrame = (sender: Sender | undefined) =>
  sender?.id === browser.runtime.id && sender.tab?.id !== undefined && sender.frameId === 0;
