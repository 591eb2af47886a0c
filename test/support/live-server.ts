/**
 * A web server for live-story tests: it serves the build (`dist/`) and, under `/live/`, timeline
 * files the test rewrites between two polls, answers with a 500 or a broken body when told to,
 * and honours `If-None-Match` and `If-Modified-Since` with a 304 as a static host does; an
 * `.svg` set there is served as a picture, for a timeline's media. Every
 * request for `/live/` is logged with its conditional headers and the status it got.
 *
 * It listens on one port that the browser reaches under two names, `127.0.0.1` and `localhost`:
 * two origins, for an article and the embed it takes from a newsroom's server.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
]);

export interface LiveRequest {
  path: string;
  /** The name the server was reached by, with its port: `127.0.0.1:…` or `localhost:…`. */
  host: string | null;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}

interface LiveFile {
  body: string;
  status: number;
  etag: string;
  lastModified: string;
}

export interface LiveServer {
  /** `http://127.0.0.1:<port>`: the article's origin. */
  origin: string;
  /** `http://localhost:<port>`: the same server under another name, the embed's origin. */
  otherOrigin: string;
  /** Serves `body` at `/live/<name>` from now on; `status` 500 makes it fail. */
  set(name: string, body: string, status?: number): void;
  /** Serves `html` at `path` (an article page). */
  page(path: string, html: string): void;
  /** Requests for `/live/` so far. */
  log: LiveRequest[];
  close(): Promise<void>;
}

export async function startLiveServer(dist = 'dist'): Promise<LiveServer> {
  const root = resolve(dist);
  const files = new Map<string, LiveFile>();
  const pages = new Map<string, string>();
  const log: LiveRequest[] = [];
  // Last-Modified has whole seconds: each version is one second newer than the last.
  let clock = Date.UTC(2026, 10, 30, 14, 0, 0);

  function live(req: IncomingMessage, res: ServerResponse, path: string): void {
    const file = files.get(path.slice('/live/'.length));
    const ifNoneMatch = req.headers['if-none-match'] ?? null;
    const ifModifiedSince = req.headers['if-modified-since'] ?? null;
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'ETag, Last-Modified',
    };
    let status = file ? file.status : 404;
    if (file && status === 200) {
      const unchanged = ifNoneMatch
        ? ifNoneMatch === file.etag
        : ifModifiedSince !== null && Date.parse(ifModifiedSince) >= Date.parse(file.lastModified);
      if (unchanged) status = 304;
    }
    log.push({ path, host: req.headers.host ?? null, ifNoneMatch, ifModifiedSince, status });
    if (!file || status === 500) {
      res.writeHead(status, { 'Content-Type': 'text/plain', ...cors }).end('server error');
      return;
    }
    const headers = { ETag: file.etag, 'Last-Modified': file.lastModified, ...cors };
    if (status === 304) {
      res.writeHead(304, headers).end();
      return;
    }
    // A picture a timeline shows (`press.svg`) goes out as one; everything else is a timeline.
    const type =
      TYPES.get(extname(path)) === 'image/svg+xml' ? 'image/svg+xml' : 'application/json';
    res.writeHead(200, { 'Content-Type': type, ...headers }).end(file.body);
  }

  function serveDist(res: ServerResponse, path: string): void {
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES.get(extname(file)) ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
    });
    res.end(readFileSync(file));
  }

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages.get(path);
    if (page !== undefined)
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    else if (path.startsWith('/live/')) live(req, res, path);
    // A page opened on its own (embed.html) asks for one: a 404 would be a console error.
    else if (path === '/favicon.ico') res.writeHead(204).end();
    else serveDist(res, path);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    set(name, body, status = 200) {
      clock += 1000;
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      files.set(name, { body, status, etag, lastModified: new Date(clock).toUTCString() });
    },
    page(path, html) {
      pages.set(path, html);
    },
    log,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
