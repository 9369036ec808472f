// Answers the typed messages of content scripts and extension pages, after checking who sent each.
import browser from 'webextension-polyfill';
import { checkDigestPage } from '../core/dataset/digest-page';
import type { PageReport, Result, WorkerMessage } from '../messaging/protocol';
import { showVerdict } from './badge';
import { rankForPopup } from './digest-ranking';
import { detailsFor, nameFindings } from './entity-cards';
import { injectReader, reportWithoutNames } from './first-look';
import { logReading } from './reading-log';
import { fromOwnPage, fromTopFrame, type Sender } from './senders';
import { dropReport, getReport, saveReport } from './tab-store';

async function route(message: WorkerMessage, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'page-report': {
      if (!fromTopFrame(sender)) throw new Error('page reports come only from a tab’s top frame');
      const tabId = sender.tab!.id!;
      // The ranking is the worker's to add: whatever a report brings under that name is dropped.
      const { ranked: _fromPage, rankedWith: _with, rankedNotes: _notes, digestPage, ...rest } = message.report;
      // A digest page's blocks come from the page's own DOM: kept only in shape and size.
      const checkedDigest = checkDigestPage(digestPage);
      const report: PageReport = checkedDigest ? { ...rest, digestPage: checkedDigest } : rest;
      const named = await nameFindings(report);
      await saveReport(tabId, named);
      await showVerdict(tabId, message.report);
      void addRanking(tabId, named);
      void logReading(named, sender.tab!.incognito).catch(() => undefined);
      return null;
    }
    case 'page-cleared': {
      if (!fromTopFrame(sender)) throw new Error('only a tab’s top frame can clear its report');
      await dropReport(sender.tab!.id!);
      await showVerdict(sender.tab!.id!, null);
      return null;
    }
    case 'start-reader':
      if (!fromTopFrame(sender)) throw new Error('only a tab’s top frame runs the reader');
      await injectReader(sender.tab!.id!);
      return null;
    case 'entity-details':
      if (!fromTopFrame(sender) && !fromOwnPage(sender)) throw new Error('unknown sender');
      return detailsFor(Array.isArray(message.ids) ? message.ids.map(String) : []);
    case 'tab-report':
      if (!fromOwnPage(sender)) throw new Error('tab reports are only for the extension’s own pages');
      // A page the first look turned away has no report: it is judged from what the first look saw.
      return (await getReport(message.tabId)) ?? reportWithoutNames(message.tabId);
    default:
      throw new Error(`unknown message type: ${String((message as { type?: unknown }).type)}`);
  }
}

/** Stored with the report once made, unless the tab has a newer report by then; a failure leaves the
 *  ranking to the popup. */
export async function addRanking(tabId: number, report: PageReport): Promise<void> {
  const ranking = await rankForPopup(report).catch(() => null);
  if (ranking && (await getReport(tabId)) === report) await saveReport(tabId, { ...report, ...ranking });
}

export function listen(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
    return route(message as WorkerMessage, sender).then(
      (value): Result<unknown> => ({ ok: true, value }),
      (error: unknown): Result<unknown> => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  });
}
