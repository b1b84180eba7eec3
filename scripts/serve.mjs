// Serves the production build (dist/) on 127.0.0.1: prerendered pages, precompressed assets, localized 404s.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export function createSiteServer(root = 'dist') {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No build in ${root}/: run "npm run build" first (npm start does it for you).`);
  }
  const assets = sirv(root, {
    gzip: true,
    brotli: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
      if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', IMMUTABLE);
      else res.setHeader('Cache-Control', 'no-cache');
    },
  });
  const notFound = sirv(root, { gzip: true, brotli: true });
  const queryPages = readQueryPages(root);
  return http.createServer((req, res) => {
    const queryPage = queryPages.get(canonicalRequest(req.url ?? '/'));
    if (queryPage) req.url = queryPage;
    assets(req, res, () => {
      // A path under a locale we have gets that locale's 404 page; anything else the neutral one.
      const locale = (req.url ?? '/').split(/[/?#]/)[1] ?? '';
      const page =
        /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(locale) && existsSync(path.join(root, locale, '404.html'))
          ? `/${locale}/404.html`
          : '/404.html';
      // sirv answers 200; the page is right but the status must say the URL does not exist.
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (_status, ...rest) => writeHead(404, ...rest);
      req.url = page;
      notFound(req, res, () => res.end('Not found'));
    });
  });
}

/** Pages prerendered for a query string (wizard steps, filters): `/<path>?<query>` → file. */
function readQueryPages(root) {
  const file = path.join(root, 'query-pages.json');
  return new Map(existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8'))) : []);
}

/**
 * The form of a URL the query-page map is keyed by: empty parameters dropped (a GET form sends "role="
 * for "any role"), the rest in their order, and the path with or without its trailing slash as prerendered.
 */
export function canonicalRequest(url) {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const kept = [...searchParams].filter(([, value]) => value !== '');
  if (kept.length === 0) return pathname;
  return `${pathname}?${new URLSearchParams(kept)}`;
}

export function listen(server, port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address()));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const server = createSiteServer(process.env.DIST_DIR ?? 'dist');
  const address = await listen(server, port);
  console.log(`Help center: http://${address.address}:${address.port}/`);
}
