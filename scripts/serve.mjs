// Serves the production build (dist/) on 127.0.0.1: prerendered pages, precompressed files, localized
// pages for anything not found or refused, and the security headers on every response
// (docs/serving.md). Files are sent by `send` (Range, conditional requests, stream clean-up when the client
// goes away); what may be asked for, and how, is decided here first.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import http, { STATUS_CODES } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import mime from 'mime-types';
import Negotiator from 'negotiator';
import send from 'send';
import { isBuilt } from './server/built-file.mjs';
import { ERROR_STATUSES, errorPageFile } from './server/build-output.mjs';
import { echoQuery } from './server/echo-query.mjs';
import { DEFAULT_LOCALE, buildArticleSlugs, buildLocales } from './server/locales.mjs';
import {
  candidateFiles,
  canonicalRequest as canonicalKey,
  caseRedirect,
  isInternalPath,
  localeOfPath,
  parseRequestTarget,
} from './server/request-target.mjs';
import {
  ConfigError,
  EMBED_CONFIG_FILE,
  cacheControlFor,
  readEmbedConfig,
  readInlineHashes,
  REVALIDATE,
  securityHeaders,
} from './server/security-headers.mjs';

/** Node's default, stated: a longer request head (a 20,000-character query) gets the 431 page. */
const MAX_HEADER_SIZE = 16 * 1024;
/**
 * How long a client may take to send its request head: then it gets the 408 page. Node's default (60 s,
 * checked every 30 s) let a stalled client hold a connection for about 77 s.
 */
const HEADERS_TIMEOUT = 15_000;
const ALLOW = 'GET, HEAD';
const COMPRESSIBLE = /\.(html|js|css|svg|json|txt)$/;

/** `env` is read for EMBED_ALLOWED_ORIGINS; `headersTimeout` (ms) is shortened by tests. */
export function createSiteServer(
  root = 'dist',
  { env = process.env, headersTimeout = HEADERS_TIMEOUT } = {},
) {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No build in ${root}/: run "npm run build" first (npm start does it for you).`);
  }
  const absoluteRoot = path.resolve(root);
  const embedConfig = readEmbedConfig(root, env);
  // The frame reads the list the server checked, not the file a rebuild may have reset.
  const embedConfigBody = Buffer.from(`${JSON.stringify(embedConfig)}\n`);
  const headers = securityHeaders(readInlineHashes(root), embedConfig);
  const locales = buildLocales(root);
  const slugs = buildArticleSlugs(root, locales);
  const pages = readPages(root, locales);
  const queryPages = readQueryPages(root);

  const setCommonHeaders = (res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  };

  /** One of the pages in memory (not found, refused), in the best encoding the client takes. */
  const sendPage = (req, res, status, locale, extraHeaders = {}) => {
    const page = pages.get(`${locale ?? 'none'}/${status}`);
    const encoding = preferredEncoding(req, page);
    const body = page[encoding];
    res.statusCode = status;
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    setCommonHeaders(res);
    for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', REVALIDATE);
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  /**
   * A file of the build, through `send`: the precompressed copy when the client takes it. A client that
   * takes neither copy of a file kept compressed only gets it decompressed as it goes, without Range.
   */
  const sendFile = (req, res, relative, locale) => {
    const file = path.join(absoluteRoot, relative);
    const copies = variantsOf(file);
    const encoding = COMPRESSIBLE.test(relative)
      ? preferredEncoding(req, { ...copies, identity: true })
      : 'identity';
    const served = encoding === 'br' ? `${relative}.br` : encoding === 'gzip' ? `${relative}.gz` : relative;
    res.setHeader('Content-Type', mime.contentType(path.extname(relative)) || 'application/octet-stream');
    res.setHeader('Cache-Control', cacheControlFor(`/${relative}`));
    if (COMPRESSIBLE.test(relative)) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    if (encoding === 'identity' && !copies.identity) {
      sendDecompressed(req, res, `${file}.gz`, locale);
      return;
    }
    const encoded = served.split('/').map(encodeURIComponent).join('/');
    send(req, encoded, { root: absoluteRoot, index: false, dotfiles: 'allow', cacheControl: false })
      .on('error', (error) => {
        const status = error.status === 416 ? 416 : error.status === 404 ? 404 : 500;
        sendPage(req, res, status, locale, error.headers ?? {});
      })
      .pipe(res);
  };

  const sendDecompressed = (req, res, gzFile, locale) => {
    res.statusCode = 200;
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(gzFile)
      .on('error', () => (res.headersSent ? res.destroy() : sendPage(req, res, 500, locale)))
      .pipe(createGunzip())
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const handle = (req, res) => {
    setCommonHeaders(res);
    // `send` drops every `Content-*` header from a 304, Content-Security-Policy included: set them again
    // as the head goes out, so no response lacks them.
    const writeHead = res.writeHead;
    res.writeHead = function writeHeadWithPolicy(...args) {
      setCommonHeaders(res);
      return writeHead.apply(this, args);
    };
    // RFC 9112 §3.2: an HTTP/1.1 request with no Host, or more than one, is refused.
    const hosts = req.rawHeaders.filter((name, index) => index % 2 === 0 && name.toLowerCase() === 'host');
    if (hosts.length > 1 || (hosts.length === 0 && req.httpVersion === '1.1')) {
      sendPage(req, res, 400, localeFromTarget(req.url, locales), { Connection: 'close' });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendPage(req, res, 405, localeFromTarget(req.url, locales), { Allow: ALLOW });
      return;
    }
    const target = parseRequestTarget(req.url ?? '');
    if (!target) {
      sendPage(req, res, 400, localeFromTarget(req.url, locales));
      return;
    }
    const cased = caseRedirect(target.rawPathname, locales, slugs);
    if (cased) {
      res.writeHead(301, {
        Location: `${cased}${target.search}`,
        'Cache-Control': REVALIDATE,
        'Content-Length': 0,
      });
      res.end();
      return;
    }
    if (target.pathname === `/${EMBED_CONFIG_FILE}`) {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', REVALIDATE);
      res.setHeader('Content-Length', embedConfigBody.length);
      res.end(req.method === 'HEAD' ? undefined : embedConfigBody);
      return;
    }
    const locale = localeOfPath(target.pathname, locales);
    const queryPage = target.search ? queryPages.get(canonicalKey(target.rawPathname, target.search)) : null;
    const relative = queryPage ?? findFile(absoluteRoot, target.pathname);
    if (!relative) {
      sendPage(req, res, 404, locale);
      return;
    }
    const echoed = target.search && !queryPage ? echoQuery(absoluteRoot, relative, target.search) : null;
    if (echoed) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', REVALIDATE);
      res.setHeader('Content-Length', echoed.length);
      res.end(req.method === 'HEAD' ? undefined : echoed);
      return;
    }
    sendFile(req, res, relative, locale);
  };

  const server = http.createServer(
    {
      maxHeaderSize: MAX_HEADER_SIZE,
      // Checked by the handler, so the refusal gets the page and the headers.
      requireHostHeader: false,
      headersTimeout,
      requestTimeout: headersTimeout * 2,
      connectionsCheckingInterval: Math.min(1000, headersTimeout / 4),
    },
    (req, res) => {
      try {
        handle(req, res);
      } catch (error) {
        console.error(error);
        if (!res.headersSent) sendPage(req, res, 500, null);
        else res.destroy();
      }
    },
  );

  /** The page of a request that never reached the handler, written on the socket, which is then closed. */
  const answerOnSocket = (socket, status, target, extraLines = []) => {
    const body = pages.get(`${localeFromTarget(target, locales) ?? 'none'}/${status}`).identity;
    const lines = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      ...extraLines,
      'Content-Type: text/html; charset=utf-8',
      `Cache-Control: ${REVALIDATE}`,
      `Content-Length: ${body.length}`,
      'Connection: close',
    ];
    socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]));
  };
  // A request Node's parser refuses (a head over 16 KiB, a malformed request line, a head that never
  // ends) never reaches the handler; without this, Node answers a bare status with an empty body.
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    answerOnSocket(socket, status, error.rawPacket?.toString('latin1').split(' ', 2)[1]);
  });
  // Node hands CONNECT to this event, not to the handler, and closes the socket when nobody listens.
  server.on('connect', (req, socket) => answerOnSocket(socket, 405, req.url, [`Allow: ${ALLOW}`]));
  return server;
}

/** The build file a public path names, relative to the root, or null (internal files are never named). */
function findFile(root, pathname) {
  if (isInternalPath(pathname)) return null;
  for (const candidate of candidateFiles(pathname)) {
    if (isInternalPath(candidate)) continue;
    const file = path.join(root, candidate);
    if (!file.startsWith(root + path.sep)) continue;
    if (isBuilt(file)) return candidate.slice(1);
  }
  return null;
}

/** The locale named by a request target, even one that is refused, for the language of its page. */
function localeFromTarget(target, locales) {
  if (typeof target !== 'string') return null;
  return localeOfPath(target.split(/[?#]/)[0].toLowerCase(), locales);
}

const ENCODINGS = ['br', 'gzip', 'identity'];

function preferredEncoding(req, available) {
  const offered = ENCODINGS.filter((encoding) => available[encoding]);
  return new Negotiator(req).encoding(offered) ?? 'identity';
}

/** The build does not change under a running server: which copies a file has is looked up once. */
const variants = new Map();
function variantsOf(file) {
  if (!variants.has(file)) {
    variants.set(file, {
      identity: existsSync(file),
      br: existsSync(`${file}.br`),
      gzip: existsSync(`${file}.gz`),
    });
  }
  return variants.get(file);
}

/** The localized not-found and refused-request pages, with their precompressed copies, read once. */
function readPages(root, locales) {
  const pages = new Map();
  const read = (file) => {
    const full = path.join(root, file);
    const variant = (suffix) => (existsSync(full + suffix) ? readFileSync(full + suffix) : undefined);
    return { identity: readFileSync(full), br: variant('.br'), gzip: variant('.gz') };
  };
  const missing = (file) => new ConfigError(`No ${path.join(root, file)}: rebuild with "npm run build".`);
  for (const locale of locales) {
    pages.set(`${locale}/404`, read(`${locale}/404.html`));
    for (const status of ERROR_STATUSES) {
      const file = errorPageFile(locale, status);
      if (!existsSync(path.join(root, file))) throw missing(file);
      pages.set(`${locale}/${status}`, read(file));
    }
  }
  if (!pages.has(`${DEFAULT_LOCALE}/404`)) throw missing(`${DEFAULT_LOCALE}/404.html`);
  // A path under no locale gets the neutral not-found page; a refused one the default locale's page.
  pages.set(
    'none/404',
    existsSync(path.join(root, '404.html')) ? read('404.html') : pages.get(`${DEFAULT_LOCALE}/404`),
  );
  for (const status of ERROR_STATUSES) pages.set(`none/${status}`, pages.get(`${DEFAULT_LOCALE}/${status}`));
  return pages;
}

/** Pages prerendered for a query string (wizard steps, filters): `/<path>?<query>` → file. */
function readQueryPages(root) {
  const file = path.join(root, 'query-pages.json');
  const entries = existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8'))) : [];
  return new Map(entries.map(([url, page]) => [url, page.slice(1)]));
}

/** The query-page map's key for a URL (the bench reads the map the same way: scripts/bench/routes.mjs). */
export function canonicalRequest(url) {
  const { pathname, search } = new URL(url, 'http://localhost');
  return canonicalKey(pathname, search);
}

export function listen(server, port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address()));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  let server;
  try {
    server = createSiteServer(process.env.DIST_DIR ?? 'dist');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const address = await listen(server, port);
  console.log(`Help center: http://${address.address}:${address.port}/`);
}
