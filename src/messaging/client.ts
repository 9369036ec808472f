// Sends a typed request to the worker and unwraps its result.
import browser from 'webextension-polyfill';
import type { Result, WorkerMessage, WorkerRequests } from './protocol';

export async function askWorker<K extends keyof WorkerRequests>(
  type: K,
  request: WorkerRequests[K]['request'],
): Promise<WorkerRequests[K]['reply']> {
  const message = { type, ...request } as WorkerMessage;
  const result = (await browser.runtime.sendMessage(message)) as Result<WorkerRequests[K]['reply']> | undefined;
  if (!result) throw new Error(`The worker did not answer "${type}"`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
