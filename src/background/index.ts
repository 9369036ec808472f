// The service worker: keeps each tab's analysis, sets the badge, relays keyboard commands.
import browser from 'webextension-polyfill';
import type { ContentCommand } from '../messaging/protocol';
import { watchUserDigests } from '../user-digests';
import { showVerdict } from './badge';
import { showFirstRunOnInstall } from './first-run';
import { acceptReadings } from './reading-port';
import { addRanking, listen } from './router';
import { dropReport, heldReports } from './tab-store';

listen();
acceptReadings();
showFirstRunOnInstall();

// The user's digests changed (an import, a capture, a removal): the pages held are ranked again with them,
// so a popup opened next draws the new ranking instead of making one itself.
watchUserDigests(new AbortController().signal, () => {
  for (const [tabId, report] of heldReports()) void addRanking(tabId, report);
});

browser.tabs.onRemoved.addListener((tabId) => void dropReport(tabId));

// A new document in the tab: its old analysis no longer applies until the content script reports again.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) {
    void dropReport(tabId);
    void showVerdict(tabId, null);
  }
});

browser.commands.onCommand.addListener(async (command) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: ContentCommand = { type: command === 'next-mention' ? 'next-mention' : 'toggle-highlights' };
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
});
