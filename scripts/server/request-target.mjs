// What a request asks for, decided before any file is touched: pure functions, unit-tested
// (tests/server/request-target.test.ts), shared by the Node server and the nginx generator.
import { ARTICLES_SEGMENT } from '../../src/domain/site-paths.mjs';

/**
 * The path and query of a request target (RFC 9112 §3.2), or null when it is not one the site can answer:
 * origin-form `/path?query` and absolute-form `http(s)://host/path?query` are read; `//host…` (a
 * scheme-relative URL, which `new URL()` would take for a host), `*`, an unparsable URL, malformed
 * percent-encoding, NUL, a backslash, a `..` segment hidden by encoding (`..%2f`) or one that climbs
 * above the root (`/%2e%2e/etc`, which the URL parser would quietly clamp; nginx refuses it too) are not.
 * `pathname` is decoded; `rawPathname` is as the client sent it, normalised by the URL parser.
 */
export function parseRequestTarget(target) {
  if (typeof target !== 'string' || target === '') return null;
  if (climbsAboveRoot(target)) return null;
  let url;
  try {
    if (target.startsWith('/') && !target.startsWith('//')) url = new URL(`http://site${target}`);
    else if (/^https?:\/\//i.test(target)) url = new URL(target);
    else return null;
  } catch {
    return null;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(pathname) || pathname.split('/').some((segment) => segment === '..' || segment === '.')) {
    return null;
  }
  return { pathname, rawPathname: url.pathname, search: url.search };
}

/** Whether the dot-segments of the target's path (`..`, `%2e%2e`, `.%2E`) lead above `/`. */
function climbsAboveRoot(target) {
  const pathPart = target.replace(/^https?:\/\/[^/]*/i, '').split(/[?#]/)[0];
  let depth = 0;
  for (const segment of pathPart.split('/').slice(1)) {
    const dots = segment.replace(/%2e/gi, '.');
    if (dots === '..') depth -= 1;
    else if (dots !== '.' && dots !== '') depth += 1;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * Files the build writes for the servers, not for readers: the query-page map and its pages (served only
 * under their public URL), the not-found pages (served with status 404), Vite's manifest, the servers'
 * own files under `.server/`, and the precompressed copies (served by content negotiation).
 */
export function isInternalPath(pathname) {
  const segments = pathname.split('/');
  return (
    pathname === '/query-pages.json' ||
    segments.some((segment) => segment.startsWith('.') || segment === '__query') ||
    segments.at(-1) === '404.html' ||
    /\.(br|gz)$/.test(pathname)
  );
}

/** The locale a path is under (`/zh-cn/…` → `zh-cn`) when the site has it, else null. */
export function localeOfPath(pathname, locales) {
  const first = pathname.split('/')[1] ?? '';
  return locales.includes(first) ? first : null;
}

/**
 * The path in its one spelling when a locale or an article slug is written in other case
 * (`/zh-TW/` → `/zh-tw/`, `/en-us/articles/Customer-Communication-From-Microsoft` → its lowercase slug),
 * else null. Servers answer it with a permanent redirect, so no reader sees a page being corrected.
 */
export function caseRedirect(rawPathname, locales, slugs) {
  const segments = rawPathname.split('/');
  const locale = segments[1]?.toLowerCase();
  if (locale !== undefined && locales.includes(locale)) segments[1] = locale;
  const slug = segments[3]?.toLowerCase();
  if (segments[2] === ARTICLES_SEGMENT && slug !== undefined && slugs.includes(slug)) segments[3] = slug;
  const canonical = segments.join('/');
  return canonical === rawPathname ? null : canonical;
}

/**
 * The form of a URL the query-page map is keyed by: empty parameters dropped (a GET form sends "role="
 * for "any role"), the rest in their order, and the path with or without its trailing slash as prerendered.
 */
export function canonicalRequest(rawPathname, search) {
  const kept = [...new URLSearchParams(search)].filter(([, value]) => value !== '');
  if (kept.length === 0) return rawPathname;
  return `${rawPathname}?${new URLSearchParams(kept)}`;
}

/** The files a path may name, in the order they are tried: as is, `.html`, `/index.html`. */
export function candidateFiles(pathname) {
  if (pathname.endsWith('/')) return [`${pathname}index.html`];
  return [pathname, `${pathname}.html`, `${pathname}/index.html`];
}
