#!/usr/bin/env node
// A small static server for the built page (build/site). By default it sends the COOP/COEP
// headers that make the page cross-origin isolated, so the threaded build loads; with
// --no-isolation it sends none, like a course site's iframe, and the page falls back to the
// single-threaded build.
//
//   node web/serve.mjs [--root DIR] [--port 8080] [--host 127.0.0.1] [--no-isolation]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const kTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// Starts serving `root`; resolves to the http.Server once it listens. Port 0 picks a free port.
export function serve({ root, port = 8080, host = '127.0.0.1', isolation = true }) {
  const base = path.resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(base)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      const headers = {
        'Content-Type': kTypes[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      if (isolation) {
        headers['Cross-Origin-Opener-Policy'] = 'same-origin';
        headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
        headers['Cross-Origin-Resource-Policy'] = 'same-origin';
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(name);
    return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
  };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = option('--root', path.join(here, '..', 'build', 'site'));
  const host = option('--host', '127.0.0.1');
  const isolation = !args.includes('--no-isolation');
  const server = await serve({ root, port: Number(option('--port', 8080)), host, isolation });
  const { port } = server.address();
  console.log(`Threadhouse is served at http://${host}:${port}/` +
              (isolation ? ' (cross-origin isolated: threaded build)' : ' (not isolated: single-threaded build)'));
}
