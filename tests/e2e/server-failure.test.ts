// @vitest-environment node
// A handler that fails (here: a page of the build that exists but cannot be opened, a socket where the file
// was) gets the help center's own localized 500 page with the production headers, from `npm start`'s server
// and from real nginx with deploy/nginx.conf, and the server goes on answering.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { brotliDecompressSync } from 'node:zlib';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../scripts/serve.mjs';
// @ts-expect-error -- plain ESM shared with the build
import { buildLocales, MESSAGES } from '../../scripts/server/locales.mjs';
import { startNginx, type RunningNginx } from '../server/support/nginx';
import { rawRequest, type RawResponse } from '../server/support/raw-request';

const DIST = 'dist';
const locales = (buildLocales as (root: string) => string[])(DIST);
const messages = MESSAGES as Record<string, Record<string, { title: string }>>;
const PAGE = 'who-contacts-my-customer';

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };
const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
function firstHeading(html: string): string | undefined {
  const find = (node: HastNode): HastNode | undefined =>
    node.tagName === 'h1' ? node : (node.children ?? []).map(find).find(Boolean);
  const heading = find(fromHtml(html) as unknown as HastNode);
  return heading && textOf(heading);
}

function expectProductionHeaders(response: RawResponse) {
  const policy = String(response.headers['content-security-policy'] ?? '');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'self'");
  expect(policy).toContain("require-trusted-types-for 'script'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(response.headers['cache-control']).toBe('no-cache');
}

const temporary: string[] = [];
const sockets: net.Server[] = [];

/**
 * A copy of the build (hard links: quick, and the original untouched) where `file` is a socket: it exists,
 * but opening it fails (ENXIO), which neither server can answer with the file.
 */
async function brokenCopy(file: string): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'help-center-500-'));
  temporary.push(folder);
  // nginx's workers run as another user: they must be able to reach the copy.
  chmodSync(folder, 0o755);
  const dist = path.join(folder, 'dist');
  execFileSync('cp', ['-al', DIST, dist]);
  const target = path.join(dist, file);
  rmSync(target);
  const socket = net.createServer();
  await new Promise<void>((resolve) => socket.listen(target, resolve));
  sockets.push(socket);
  return dist;
}

afterAll(async () => {
  for (const socket of sockets) await new Promise<void>((resolve) => socket.close(() => resolve()));
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

test('every locale of the build has its 500 page, and nginx sends it for a 500', () => {
  expect(locales).toEqual(expect.arrayContaining(['en-us', 'zh-cn', 'zh-tw']));
  for (const locale of locales) {
    const file = path.join(DIST, '.server/errors', locale, '500.html');
    expect(existsSync(file), file).toBe(true);
    const title = (messages[locale] ?? messages['en-us'])?.['500']?.title;
    expect(firstHeading(readFileSync(file, 'utf8'))).toBe(title);
  }
  expect(readFileSync('deploy/nginx.conf', 'utf8')).toMatch(
    /error_page 500[^;]*\$help_center_errors\/500\.html;/,
  );
});

const CASES: { server: 'node' | 'nginx'; file: string; headers: Record<string, string> }[] = [
  // `npm start` sends the precompressed copy a client takes: the brotli copy is the broken file.
  { server: 'node', file: `zh-cn/${PAGE}/index.html.br`, headers: { 'Accept-Encoding': 'br' } },
  { server: 'nginx', file: `zh-tw/${PAGE}/index.html`, headers: {} },
];

describe.each(CASES)('$server: a page that cannot be read', ({ server, file, headers }) => {
  let base = '';
  let stop: () => Promise<void> = async () => {};
  const locale = file.split('/')[0] ?? 'en-us';

  beforeAll(async () => {
    const dist = await brokenCopy(file);
    if (server === 'node') {
      const node = createSiteServer(dist) as Server;
      base = `http://127.0.0.1:${((await listen(node, 0)) as AddressInfo).port}`;
      stop = () => new Promise<void>((resolve) => node.close(() => resolve()));
    } else {
      const nginx: RunningNginx = await startNginx(dist);
      base = nginx.url;
      stop = nginx.stop;
    }
  });
  afterAll(() => stop());

  test('gets the localized 500 page with the production headers, and the server keeps answering', async () => {
    const failed = await rawRequest(base, `/${locale}/${PAGE}`, { headers });
    expect(failed.status).toBe(500);
    expect(String(failed.headers['content-type'])).toMatch(/^text\/html/);
    expectProductionHeaders(failed);
    // `npm start` sends the 500 page in the best encoding the client takes, as every page.
    const html = (
      failed.headers['content-encoding'] === 'br' ? brotliDecompressSync(failed.body) : failed.body
    ).toString('utf8');
    expect(html).toContain(
      `<html lang="${locale.replace(/-(\w+)$/, (_, region: string) => `-${region.toUpperCase()}`)}">`,
    );
    expect(firstHeading(html)).toBe(messages[locale]?.['500']?.title);

    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await rawRequest(base, `/${locale}/${PAGE}`, { headers })).status).toBe(500);
      const fine = await rawRequest(base, `/${locale}/`, { headers });
      expect(fine.status).toBe(200);
      expectProductionHeaders(fine);
    }
  });
});
