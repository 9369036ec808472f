// Serves pages from 127.0.0.1 on a free port: tests/fixtures, demo/, and a few generated pages (tests, npm start, bench).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { generatedPage } from './generated-pages';

const ROOT = new URL('../../', import.meta.url).pathname;
const FOLDERS: Record<string, string> = {
  '/fixtures/': 'tests/fixtures/',
  '/demo/': 'demo/',
  '/vendor/preact/': 'node_modules/preact/',
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.pdf': 'application/pdf',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request that reached the server, by its full address, with the Origin header it came with. A
   *  browser that uses the server as its HTTP proxy sends it all its traffic: what is not for the server is
   *  recorded and refused (the privacy journey). */
  requests: SeenRequest[];
  close(): Promise<void>;
}

export interface SeenRequest {
  url: string;
  origin: string | null;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const requests: SeenRequest[] = [];
  let host = '';
  const server: Server = createServer((request, response) => {
    // A proxied request names its whole address; a direct one only its path.
    const address = new URL(request.url ?? '/', `http://${host}`);
    requests.push({ url: address.href, origin: request.headers.origin ?? null });
    if (address.host !== host) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('not served here');
      return;
    }
    const path = decodeURIComponent(address.pathname);
    const generated = generatedPage(path);
    if (generated) {
      response.writeHead(200, { 'content-type': generated.type });
      response.end(generated.body);
      return;
    }
    const prefix = Object.keys(FOLDERS).find((folder) => path.startsWith(folder));
    const file = prefix ? normalize(join(ROOT, FOLDERS[prefix], path.slice(prefix.length))) : '';
    if (!prefix || !file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  // HTTPS through the proxy asks for a tunnel first: recorded, and refused.
  server.on('connect', (request, socket) => {
    requests.push({ url: `https://${request.url}`, origin: request.headers.origin ?? null });
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const origin = `http://${host}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
