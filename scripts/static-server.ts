/**
 * A tiny static file server for the demo and fixture news pages (tests/fixtures/pages).
 * Used by `npm start`, the end-to-end tests and the benchmark. It binds to loopback
 * only and serves files below its root, nothing else.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const pagesRoot = resolve(import.meta.dirname, '../tests/fixtures/pages');

/** Extra routes for generated pages (the benchmark's large page), keyed by path. */
export type GeneratedPages = Map<string, () => string>;

export interface RunningServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

export async function startStaticServer(
  root = pagesRoot,
  port = 0,
  generated: GeneratedPages = new Map(),
): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const make = generated.get(url.pathname);
    if (make) {
      response.writeHead(200, { 'content-type': contentTypes['.html'] });
      response.end(make());
      return;
    }
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    let file = join(root, relative || 'index.html');
    if (!file.startsWith(root)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    origin: `http://localhost:${actualPort}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
