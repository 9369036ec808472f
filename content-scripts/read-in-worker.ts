// Sends the page's texts to the worker over the reading port, a part per slice, and waits for its reading.
import browser from 'webextension-polyfill';
import type { MoreRequest, ReadingRequest } from '../src/core/engine/reading';
import {
  READING_PART,
  READING_PORT,
  type ReadingPortMessage,
  type ReadingReplies,
  type Result,
} from '../src/messaging/protocol';
import { runSliced, timed } from './slices';

export function readPageInWorker(
  { text, ...request }: ReadingRequest,
  signal: AbortSignal,
): Promise<ReadingReplies['read-page'] | null> {
  return askOverPort([text], { type: 'read-page', request }, signal);
}

export function readMoreInWorker(
  { texts, ...request }: MoreRequest,
  signal: AbortSignal,
): Promise<ReadingReplies['read-more'] | null> {
  return askOverPort(texts, { type: 'read-more', request }, signal);
}

/** Null when the page session ended first; throws when the worker could not read. */
async function askOverPort<K extends keyof ReadingReplies>(
  texts: string[],
  ask: ReadingPortMessage & { type: K },
  signal: AbortSignal,
): Promise<ReadingReplies[K] | null> {
  const port = browser.runtime.connect({ name: READING_PORT });
  const reply = new Promise<Result<ReadingReplies[K]>>((resolve, reject) => {
    port.onMessage.addListener((message: unknown) => resolve(message as Result<ReadingReplies[K]>));
    port.onDisconnect.addListener(() => reject(new Error('the worker closed the reading port')));
  });
  // The worker may close the port while parts are still being sent: that is read below, not left unhandled.
  reply.catch(() => undefined);
  try {
    // One part per step, and the page gets its turn whenever a slice of time is used up.
    let textIndex = 0;
    let from = 0;
    const sendPart = (): boolean => {
      if (textIndex >= texts.length) return true;
      const text = texts[textIndex];
      // Every text sends at least one part, even an empty one, so the worker knows it.
      const part: ReadingPortMessage = { type: 'part', textIndex, part: text.slice(from, from + READING_PART) };
      port.postMessage(part);
      from += READING_PART;
      if (from >= text.length) {
        textIndex++;
        from = 0;
      }
      return textIndex >= texts.length;
    };
    if (!(await runSliced(sendPart, signal))) return null;
    timed(() => port.postMessage(ask));
    const result = await reply;
    if (signal.aborted) return null;
    if (!result.ok) throw new Error(result.error);
    return result.value;
  } finally {
    port.disconnect();
  }
}
