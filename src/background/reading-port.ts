// The worker's end of the reading port: a content script sends its texts in parts, then asks for one
// reading of them; the parts live only as long as the port, so nothing is left behind if a tab goes away.
import browser from 'webextension-polyfill';
import { READING_PORT, type ReadingPortMessage, type Result } from '../messaging/protocol';
import { readMorePage, readPage } from './page-reading';
import { fromTopFrame } from './senders';

/** More text than any page should have: a port that sends more is closed. */
const MAX_CHARS = 32_000_000;

export function acceptReadings(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== READING_PORT) return;
    if (!fromTopFrame(port.sender)) return port.disconnect();
    const texts: string[][] = [];
    let received = 0;
    port.onMessage.addListener((value: unknown) => {
      const message = value as ReadingPortMessage;
      if (message?.type === 'part') {
        received += typeof message.part === 'string' ? message.part.length : 0;
        if (!Number.isInteger(message.textIndex) || message.textIndex < 0 || received > MAX_CHARS)
          return port.disconnect();
        texts[message.textIndex] ??= [];
        texts[message.textIndex].push(String(message.part));
        return;
      }
      port.postMessage(
        answer(
          message,
          Array.from(texts, (parts) => (parts ?? []).join('')),
        ),
      );
    });
  });
}

function answer(message: ReadingPortMessage, texts: string[]): Result<unknown> {
  try {
    if (message?.type === 'read-page') return { ok: true, value: readPage({ ...message.request, text: texts[0] }) };
    if (message?.type === 'read-more') return { ok: true, value: readMorePage({ ...message.request, texts }) };
    throw new Error('a reading port carries parts, then read-page or read-more');
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
