// Serves this example host page: `node examples/portal/serve.mjs` → http://127.0.0.1:4190/ (PORT to change).
// The help center must allow the page's origin: EMBED_ALLOWED_ORIGINS=http://127.0.0.1:4190 (docs/embedding.md).
/* global URL, process, console */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const FILES = { '/': 'index.html', '/index.html': 'index.html', '/portal.js': 'portal.js' };
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/** `extra` maps more paths to HTML (tests add pages of their own). */
export function createPortalServer(extra = {}) {
  return http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (Object.hasOwn(extra, pathname)) {
      res.writeHead(200, { 'Content-Type': TYPES.html, 'Cache-Control': 'no-store' });
      res.end(extra[pathname]);
      return;
    }
    const file = Object.hasOwn(FILES, pathname) ? FILES[pathname] : null;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[file.split('.').pop()], 'Cache-Control': 'no-store' });
    res.end(await readFile(path.join(here, file)));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4190);
  createPortalServer().listen(port, '127.0.0.1', () =>
    console.log(`Example portal: http://127.0.0.1:${port}/?helpCenter=http://127.0.0.1:4173`),
  );
}
