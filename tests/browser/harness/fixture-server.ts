/**
 * The browsers' only way out: an HTTP proxy on loopback that serves the fixture pages under the
 * host names of real news sites (so the shipped manifest's match patterns are what gets tested)
 * and refuses, but records, every other request. The record is what the privacy tests read.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

/** A request a browser sent through the proxy. */
export interface SeenRequest {
  method: string;
  /** The absolute URL, or host:port for a CONNECT (TLS tunnel). */
  url: string;
  /** Whether the request was for a fixture file that exists. */
  served: boolean;
}

/** Which fixture file answers which URL. */
export interface FixtureRoute {
  url: string;
  file: string;
}

/**
 * Hosts that the browsers themselves call, whatever extension is loaded, and that no launch flag
 * or preference here silences: Chromium's account check and component updater, and Firefox's
 * remote settings (its release builds ignore the preference that points it elsewhere). Kontext's
 * code names no URL at all; a request from one of its contexts would also show in the browser's
 * own per-page record (`ExtensionBrowser.pageRequests`), which the tests check as well.
 */
export const BROWSER_SERVICE_HOSTS: readonly string[] = [
  'accounts.google.com',
  'update.googleapis.com',
  'firefox.settings.services.mozilla.com',
];

/** Requests that neither a fixture nor the browser's own services explain. */
export function findUnexplainedRequests(log: readonly SeenRequest[]): SeenRequest[] {
  return log.filter((request) => {
    if (request.served) return false;
    const host =
      request.method === 'CONNECT'
        ? request.url.replace(/:\d+$/, '')
        : new URL(request.url).hostname;
    return !BROWSER_SERVICE_HOSTS.includes(host);
  });
}

export interface FixtureServer {
  port: number;
  /** Every request since start (or since the last `clearLog`), in order. */
  log: SeenRequest[];
  clearLog(): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function absoluteUrl(request: IncomingMessage): string {
  // A proxied request carries the absolute URL in its request line; a direct one only a path.
  const raw = request.url ?? '/';
  return /^https?:\/\//.test(raw) ? raw : `http://${request.headers.host ?? 'unknown'}${raw}`;
}

/** Starts the proxy on a free loopback port. `fixturesDir` holds the files named in `routes`. */
export async function startFixtureServer(
  fixturesDir: string,
  routes: readonly FixtureRoute[],
): Promise<FixtureServer> {
  const fileByUrl = new Map(routes.map((route) => [route.url, route.file]));
  const log: SeenRequest[] = [];

  const server: Server = createServer((request, response) => {
    const url = absoluteUrl(request);
    const { origin, pathname } = new URL(url);
    const file = fileByUrl.get(origin + pathname);
    log.push({ method: request.method ?? 'GET', url, served: file !== undefined });
    if (file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    readFile(join(fixturesDir, file)).then(
      (body) => {
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(body);
      },
      () => response.writeHead(500).end(),
    );
  });
  // TLS tunnels would leave the machine: refuse them, but keep the record.
  // Node takes its own error listener off a socket it hands to 'connect', so a browser that hangs
  // up on the refusal (ECONNRESET) would otherwise crash the test run as an uncaught exception.
  server.on('connect', (request, socket) => {
    log.push({ method: 'CONNECT', url: request.url ?? '', served: false });
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    clearLog: () => void log.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
