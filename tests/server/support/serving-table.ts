// One table of requests and what must come back, run against every server of the built site
// (`npm start`'s and nginx with deploy/nginx.conf): tests/e2e/security-headers.test.ts.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export type Target = 'node' | 'nginx';

export interface ServingRow {
  name: string;
  target: string;
  method?: string;
  headers?: Record<string, string>;
  /** Every status allowed (RFC 9110 lets a server ignore a Range it could serve in parts). */
  status: number[];
  /** The page's `<h1>` text, per server when they differ. */
  heading?: string | Partial<Record<Target, string>>;
  lang?: string;
  cache?: 'html' | 'immutable';
  encoding?: 'gzip' | 'br';
  allow?: boolean;
  /** A permanent redirect to this `Location`; `heading` and `lang` are then the page it leads to. */
  location?: string;
  /** Extra checks on the response. */
  check?: 'range-last-500' | 'range-unsatisfiable' | 'no-body' | 'query-page' | 'whole-or-parts' | 'json';
  only?: Target;
}

/** The largest file the build ships (the entry chunk): Range and caching rows use it. */
export function largestAsset(dist: string): { url: string; size: number; file: string } {
  const dir = path.join(dist, 'assets');
  const files = readdirSync(dir)
    .filter((name) => !/\.(br|gz)$/.test(name))
    .map((name) => ({ name, size: statSync(path.join(dir, name)).size }))
    .sort((a, b) => b.size - a.size);
  const [largest] = files;
  if (!largest) throw new Error(`No assets in ${dir}: build first`);
  return { url: `/assets/${largest.name}`, size: largest.size, file: path.join(dir, largest.name) };
}

/** A search shard of the build, which it keeps compressed only (scripts/precompress.mjs). */
export function searchShard(dist: string): string {
  const [index] = readdirSync(path.join(dist, 'assets/search')).filter((name) => name.startsWith('zh-cn-'));
  const [shard] = readdirSync(path.join(dist, 'assets/search', index ?? '')).filter((name) =>
    name.endsWith('.json.gz'),
  );
  if (!index || !shard) throw new Error(`No zh-cn search shard in ${dist}: build first`);
  return `/assets/search/${index}/${shard.slice(0, -3)}`;
}

export const ARTICLE = '/zh-cn/articles/customer-communication-from-microsoft';

export function servingTable(asset: string, shard: string): ServingRow[] {
  const notValid = { status: [400], cache: 'html' as const };
  return [
    { name: 'home page', target: '/en-us/', status: [200], lang: 'en-US', cache: 'html' },
    {
      name: 'article',
      target: ARTICLE,
      status: [200],
      lang: 'zh-CN',
      heading: '客户与 Microsoft 成功通信的准则',
      cache: 'html',
    },
    {
      name: 'prerendered wizard outcome (query-page map)',
      target: '/en-us/who-contacts-my-customer?cloud=partner-center&topic=incident',
      status: [200],
      cache: 'html',
      check: 'query-page',
    },
    // Article pages, the pages prerendered for a query and search shards are kept as .gz and .br only:
    // a client that takes neither gets them decompressed, whole.
    {
      name: 'article for one cloud (a query page)',
      target: `${ARTICLE}?cloud=germany`,
      status: [200],
      lang: 'zh-CN',
      heading: '客户与 Microsoft 成功通信的准则',
      cache: 'html',
    },
    {
      name: 'article with a Range: the whole page',
      target: ARTICLE,
      headers: { Range: 'bytes=0-99' },
      status: [200],
      lang: 'zh-CN',
      heading: '客户与 Microsoft 成功通信的准则',
      cache: 'html',
    },
    { name: 'search shard', target: shard, status: [200], cache: 'immutable', check: 'json' },
    {
      name: 'search shard, gzip',
      target: shard,
      headers: { 'Accept-Encoding': 'gzip' },
      status: [200],
      encoding: 'gzip',
    },
    {
      name: 'article, gzip',
      target: ARTICLE,
      headers: { 'Accept-Encoding': 'gzip' },
      status: [200],
      encoding: 'gzip',
    },
    {
      name: 'article, brotli',
      target: ARTICLE,
      headers: { 'Accept-Encoding': 'br, gzip' },
      status: [200],
      encoding: 'br',
      only: 'node', // Debian's nginx has no brotli module
    },
    {
      name: 'HEAD of a page',
      target: '/zh-tw/',
      method: 'HEAD',
      status: [200],
      cache: 'html',
      check: 'no-body',
    },
    { name: 'hashed asset', target: asset, status: [200], cache: 'immutable' },
    {
      name: 'hashed asset, gzip',
      target: asset,
      headers: { 'Accept-Encoding': 'gzip' },
      status: [200],
      encoding: 'gzip',
    },
    { name: 'robots.txt', target: '/robots.txt', status: [200], cache: 'html' },
    // A locale or slug in other case: one permanent redirect, the query kept, before any page is sent.
    {
      name: 'locale in capitals, with a query',
      target: '/zh-TW/?cloud=germany&role=helpdesk-agent',
      status: [301],
      location: '/zh-tw/?cloud=germany&role=helpdesk-agent',
      lang: 'zh-TW',
    },
    {
      name: 'wizard under a capitalized locale',
      target: '/EN-US/who-contacts-my-customer',
      status: [301],
      location: '/en-us/who-contacts-my-customer',
      lang: 'en-US',
    },
    {
      name: 'article slug in its folder case',
      target: '/en-us/articles/Customer-Communication-From-Microsoft?original=1',
      status: [301],
      location: '/en-us/articles/customer-communication-from-microsoft?original=1',
      heading: 'Guidelines for successful customer communication with Microsoft',
    },
    {
      name: 'locale and slug both in other case',
      target: '/ZH-CN/articles/CUSTOMER-COMMUNICATION-FROM-MICROSOFT',
      status: [301],
      location: '/zh-cn/articles/customer-communication-from-microsoft',
      heading: '客户与 Microsoft 成功通信的准则',
    },
    // Not found: the locale's own page, with status 404.
    {
      name: 'unknown page in zh-cn',
      target: '/zh-cn/no-such-page',
      status: [404],
      heading: '找不到页面',
      lang: 'zh-CN',
    },
    {
      name: 'unknown page in zh-tw',
      target: '/zh-tw/articles/nope',
      status: [404],
      heading: '找不到網頁',
      lang: 'zh-TW',
    },
    {
      name: 'unknown page under no locale',
      target: '/no-such-page',
      status: [404],
      heading: 'Page not found',
    },
    { name: 'unknown asset', target: '/assets/nope-12345678.js', status: [404], heading: 'Page not found' },
    {
      name: 'HEAD of an unknown page',
      target: '/en-us/nope',
      method: 'HEAD',
      status: [404],
      check: 'no-body',
    },
    // Internal build files are not public.
    { name: 'query-page map', target: '/query-pages.json', status: [404], heading: 'Page not found' },
    {
      name: 'a query page under its file name',
      target: '/en-us/__query/cloud=partner-center.html',
      status: [404],
      heading: 'Page not found',
    },
    { name: 'the not-found page by name', target: '/zh-cn/404.html', status: [404], heading: '找不到页面' },
    {
      name: 'the not-found page without .html',
      target: '/en-us/404',
      status: [404],
      heading: 'Page not found',
    },
    { name: "Vite's manifest", target: '/.vite/manifest.json', status: [404] },
    { name: "the servers' files", target: '/.server/inline-hashes.json', status: [404] },
    { name: 'a precompressed copy by name', target: `${asset}.gz`, status: [404] },
    // Methods.
    {
      name: 'POST',
      target: '/en-us/',
      method: 'POST',
      status: [405],
      allow: true,
      heading: 'This request is not supported',
    },
    { name: 'PUT', target: '/zh-cn/', method: 'PUT', status: [405], allow: true, heading: '不支持此请求' },
    {
      name: 'DELETE',
      target: '/zh-tw/',
      method: 'DELETE',
      status: [405],
      allow: true,
      heading: '不支援此要求',
    },
    { name: 'OPTIONS', target: '/en-us/', method: 'OPTIONS', status: [405], allow: true },
    // Targets that are not valid, traversal, malformed encoding.
    {
      name: 'scheme-relative with a bad port',
      target: '//a:99999/',
      ...notValid,
      heading: 'This address is not valid',
    },
    { name: 'scheme-relative with a bad host', target: '//[/', ...notValid },
    { name: 'scheme-relative with a bad escape', target: '//a%/', ...notValid },
    {
      name: 'malformed escape',
      target: '/en-us/%E0%A4%A',
      ...notValid,
      heading: 'This address is not valid',
    },
    {
      name: 'malformed escape in zh-cn',
      target: '/zh-cn/%',
      ...notValid,
      heading: '此地址无效',
    },
    { name: 'encoded dot-dot above the root', target: '/%2e%2e/%2e%2e/etc/passwd', ...notValid },
    { name: 'dot-dot with encoded slashes', target: '/en-us/..%2f..%2f..%2fetc%2fpasswd', ...notValid },
    {
      name: 'encoded backslashes',
      target: '/zh-tw/..%5c..%5cetc%5cpasswd',
      ...notValid,
      heading: '此位址無效',
    },
    { name: 'encoded NUL', target: '/en-us/%00', ...notValid },
    { name: 'dot-dot in an asset path', target: '/assets/..%2f..%2fpackage.json', ...notValid },
    // Range.
    {
      name: 'Range: reversed',
      target: asset,
      headers: { Range: 'bytes=5-2' },
      status: [416],
      check: 'range-unsatisfiable',
    },
    {
      name: 'Range: past the end',
      target: asset,
      headers: { Range: 'bytes=99999999-' },
      status: [416],
      check: 'range-unsatisfiable',
    },
    {
      name: 'Range: the last 500 bytes',
      target: asset,
      headers: { Range: 'bytes=-500' },
      status: [206],
      check: 'range-last-500',
    },
    {
      name: 'Range: two ranges',
      target: asset,
      headers: { Range: 'bytes=0-0,5-9' },
      status: [200, 206],
      check: 'whole-or-parts',
    },
    { name: 'Range: garbage', target: asset, headers: { Range: 'bytes=abc' }, status: [200, 416] },
    // Size.
    {
      name: '16,000-character query still works',
      target: `/en-us/?q=${'a'.repeat(16_000 - 12)}`,
      status: [200],
    },
    {
      name: '20,000-character query',
      target: `/zh-cn/?q=${'a'.repeat(20_000)}`,
      status: [431],
      heading: '此地址太长',
    },
    {
      name: 'a header over 16 KiB under zh-tw',
      target: '/zh-tw/',
      headers: { 'X-Big': 'b'.repeat(20_000) },
      status: [431],
      heading: '此位址太長',
      lang: 'zh-TW',
    },
  ];
}
