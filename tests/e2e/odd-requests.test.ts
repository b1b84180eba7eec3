// @vitest-environment node
// Requests a browser never sends but clients, proxies and scanners do, written byte by byte on a socket:
// each gets an answer with a status, the security headers and the help center's own localized page, from
// `npm start`'s server and from real nginx with deploy/nginx.conf.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../scripts/serve.mjs';
import { startNginx, type RunningNginx } from '../server/support/nginx';
import { exchange, type SocketAnswer } from '../server/support/raw-socket';

const DIST = 'dist';
/** Short, so the test need not wait the 15 s a real client gets to send its request head. */
const HEADERS_TIMEOUT = 400;

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };
const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
function firstHeading(html: string): string | undefined {
  const find = (node: HastNode): HastNode | undefined =>
    node.tagName === 'h1' ? node : (node.children ?? []).map(find).find(Boolean);
  const heading = find(fromHtml(html) as unknown as HastNode);
  return heading && textOf(heading);
}

/** The answer is the help center's page, in the language expected, with the headers of every response. */
function expectPage(answer: SocketAnswer, heading: string, lang: string) {
  expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
  expect(answer.headers.get('content-security-policy')).toMatch(/^default-src 'self';/);
  expect(answer.headers.get('permissions-policy')).toContain('camera=()');
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(answer.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(answer.body).toContain(`<html lang="${lang}">`);
  expect(firstHeading(answer.body)).toBe(heading);
}

let node: Server;
let nginx: RunningNginx;
const bases: Record<'node' | 'nginx', string> = { node: '', nginx: '' };

beforeAll(async () => {
  node = createSiteServer(DIST, { headersTimeout: HEADERS_TIMEOUT }) as Server;
  bases.node = `http://127.0.0.1:${((await listen(node, 0)) as AddressInfo).port}`;
  nginx = await startNginx(DIST);
  bases.nginx = nginx.url;
});

afterAll(async () => {
  node.closeAllConnections();
  await new Promise<void>((resolve) => node.close(() => resolve()));
  await nginx.stop();
});

describe.each(['node', 'nginx'] as const)('%s', (server) => {
  const send = (bytes: string) => exchange(bases[server], bytes);

  test('HTTP/1.1 without Host: 400, the page in the language of the path', async () => {
    const answer = await send('GET /zh-tw/articles/x HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(400);
    expectPage(answer, '此位址無效', 'zh-TW');
  });

  test('HTTP/1.0 without Host is still served (Host is optional there)', async () => {
    const answer = await send('GET /en-us/ HTTP/1.0\r\n\r\n');
    expect(answer.status).toBe(200);
    expect(firstHeading(answer.body)).toBe('Who talks to my customer: you or Microsoft?');
  });

  test('two Host headers: 400 (RFC 9112 §3.2), the page in the language of the path', async () => {
    const answer = await send('GET /zh-cn/ HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n\r\n');
    expect(answer.status).toBe(400);
    expectPage(answer, '此地址无效', 'zh-CN');
  });

  test('CONNECT: an answer with the page, not a closed socket', async () => {
    const answer = await send('CONNECT help.example:443 HTTP/1.1\r\nHost: help.example:443\r\n\r\n');
    // npm start: 405 with Allow; nginx refuses the method while reading the request line: 400.
    if (server === 'node') {
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('GET, HEAD');
      expectPage(answer, 'This request is not supported', 'en-US');
    } else {
      expect(answer.status).toBe(400);
      expectPage(answer, 'This address is not valid', 'en-US');
    }
  });

  test('a header over 16 KiB: 431, the page in the language of the path', async () => {
    const answer = await send(`GET /zh-tw/ HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`);
    expect(answer.status).toBe(431);
    expectPage(answer, '此位址太長', 'zh-TW');
  });

  test('a malformed escape: 400, the page in the language of the path', async () => {
    const answer = await send('GET /zh-cn/% HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer.status).toBe(400);
    expectPage(answer, '此地址无效', 'zh-CN');
  });
});

// nginx closes a connection whose head does not arrive in time (client_header_timeout) without an answer.
test('npm start: a request head that never ends gets 408 with the page once the timeout passes', async () => {
  const answer = await exchange(bases.node, 'GET /zh-cn/ HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n');
  expect(answer.status).toBe(408);
  expectPage(answer, 'The request took too long', 'en-US');
  expect(answer.after).toBeGreaterThanOrEqual(HEADERS_TIMEOUT - 50);
  expect(answer.after).toBeLessThan(HEADERS_TIMEOUT + 2000);
});
