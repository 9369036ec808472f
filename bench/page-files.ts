// The pages of the page bench, written once to a folder and served from it over http: the same bytes load
// from file:// (which the extensions do not read) and from http://127.0.0.1 (which they do).
import { copyFileSync, createReadStream, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { bigArticle } from '../scripts/lib/generated-pages';

const CORPUS = new URL('../tests/fixtures/corpus/', import.meta.url).pathname;

export interface BenchPage {
  label: string;
  /** A corpus file, or the generated 1 MB article. */
  source: string;
  /** Whether mark.js is timed on it beside the extension. */
  markJs: boolean;
}

export interface PageFiles {
  fileUrl(page: BenchPage): string;
  httpUrl(page: BenchPage): string;
  close(): Promise<void>;
}

const nameOf = (page: BenchPage) => basename(page.source);

export async function servePages(pages: readonly BenchPage[]): Promise<PageFiles> {
  const dir = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-bench-pages-'));
  for (const page of pages) {
    if (page.source === '1mb.html') writeFileSync(join(dir, '1mb.html'), bigArticle(1_000_000));
    else copyFileSync(join(CORPUS, page.source), join(dir, nameOf(page)));
  }
  const server = createServer((request, response) => {
    const file = join(dir, basename(decodeURIComponent((request.url ?? '/').split('?')[0])));
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    fileUrl: (page) => `file://${join(dir, nameOf(page))}`,
    httpUrl: (page) => `${origin}/${nameOf(page)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An extension whose only content script is empty, on the same pages as ours: what any content script
 *  costs a page (its isolated world, its injection), the floor under the extension's own cost. */
export function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kazakhstan-lens-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'empty.js'), '');
  return dir;
}
