/**
 * A small static server for the demo (`npm start`): serves the repository on localhost so
 * `demo/` loads the built `dist/` bundle and its data. Loopback only; prints its URL.
 */
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.SERVE_ROOT ?? '.');
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Text types a web server would compress; sent gzipped when the browser accepts it, as hosting does. */
const compressible = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.map', '.md']);
/** Compressed once per file version (gzip -9, the level the benchmark counts), then served from memory. */
const gzipped = new Map();

function gzippedFile(file, stat) {
  const key = `${file}:${stat.mtimeMs}:${stat.size}`;
  let body = gzipped.get(file);
  if (body?.key !== key) {
    body = { key, data: gzipSync(readFileSync(file), { level: 9 }) };
    gzipped.set(file, body);
  }
  return body.data;
}

export function startServer({ rootDir = root, listenPort = port, quiet = false } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path === '/' || path === '') path = '/demo/';
    let file = join(rootDir, path);
    if (!file.startsWith(rootDir)) {
      response.writeHead(403).end();
      return;
    }
    let stat;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      stat = statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    // Any origin may load the files, as from a CDN: a blank test page elsewhere can use the printed embed code.
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' };
    if (compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const body = gzippedFile(file, stat);
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' }).end(body);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(listenPort, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : listenPort;
      if (!quiet) console.log(`Demo: http://localhost:${actual}/demo/  (Ctrl+C stops)`);
      resolvePromise({ server, port: actual });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await startServer();
