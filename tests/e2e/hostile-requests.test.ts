// @vitest-environment node
// Requests that used to take `npm start` down or leak its file descriptors: the server (in this process,
// so its descriptors can be counted) must answer each one, then still answer the next reader.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../scripts/serve.mjs';
import { rawRequest } from '../server/support/raw-request';

let root: string;
let server: Server;
let base: string;
let port: number;
const BIG = '/assets/big-0123abcd.bin';

beforeAll(async () => {
  // A copy of the build with one large file, so a response is still streaming when its client leaves.
  root = await mkdtemp(path.join(os.tmpdir(), 'help-center-hostile-'));
  await cp('dist', root, { recursive: true });
  await writeFile(path.join(root, BIG), Buffer.alloc(16 * 1024 * 1024, 7));
  server = createSiteServer(root) as Server;
  port = ((await listen(server, 0)) as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(root, { recursive: true, force: true });
});

/** Bytes sent as is over a fresh connection; resolves with everything the server answered. */
function rawExchange(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
    socket.setTimeout(5000, () => {
      socket.destroy();
      resolve(answer);
    });
  });
}

const stillAnswers = async () => expect((await rawRequest(base, '/en-us/')).status).toBe(200);

describe('hostile requests: an answer with the right status, and the server stays up', () => {
  test.each([
    ['//a:99999/', '//a:99999/', {}, 400],
    ['http://a:99999/', 'http://a:99999/', {}, 400],
    ['//[/', '//[/', {}, 400],
    ['//a%/', '//a%/', {}, 400],
    ['*', '*', {}, 400],
    ['malformed escape', '/en-us/%E0%A4%A', {}, 400],
    ['NUL', '/en-us/%00', {}, 400],
    ['traversal', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', {}, 400],
    ['reversed Range on a missing file', '/assets/x.js', { Range: 'bytes=5-2' }, 404],
    ['reversed Range', BIG, { Range: 'bytes=5-2' }, 416],
    ['suffix Range', BIG, { Range: 'bytes=-500' }, 206],
    ['three ranges, one unsatisfiable', BIG, { Range: 'bytes=0-0,5-9,99999999999-' }, 200],
    ['2,001 overlapping ranges (combined into one)', BIG, { Range: `bytes=${'0-1,'.repeat(2000)}0-1` }, 206],
    ['garbage Range on a page', '/en-us/', { Range: 'bytes=abc' }, 200],
  ] as const)('%s', async (_label, target, headers, status) => {
    const response = await rawRequest(base, target, { headers });
    expect(response.status).toBe(status);
    if (status >= 400) expect(response.body.toString()).toContain('<main id="main"');
    await stillAnswers();
  });

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT-ISH'])(
    '%s → 405',
    async (method) => {
      const answer = await rawExchange(`${method} /en-us/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 (405|400) /);
      if (answer.startsWith('HTTP/1.1 405')) expect(answer).toMatch(/\r\nAllow: GET, HEAD\r\n/i);
      await stillAnswers();
    },
  );

  test('a request head over 16 KiB: 431 with the page in the locale of its path', async () => {
    const answer = await rawExchange(`GET /zh-cn/?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('<h1 tabindex="-1">此地址太长</h1>');
    expect(answer).toMatch(/\r\nContent-Security-Policy: default-src 'self';/);
    await stillAnswers();
  });

  test('a huge header with no path known: 431 in English, the other languages linked', async () => {
    const answer = await rawExchange(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('<h1 tabindex="-1">This address is too long</h1>');
    expect(answer).toContain('href="/zh-cn/"');
    expect(answer).toContain('href="/zh-tw/"');
    await stillAnswers();
  });

  test('bytes that are not HTTP: 400 with a page', async () => {
    const answer = await rawExchange('\u0000\u0001 hello\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('This address is not valid');
    await stillAnswers();
  });
});

describe('clients that leave mid-response', () => {
  const openDescriptors = () => readdirSync('/proc/self/fd').length;

  /** Asks for the large file, takes the first bytes, and hangs up. */
  const leaveEarly = () =>
    new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.write(`GET ${BIG} HTTP/1.1\r\nHost: x\r\n\r\n`),
      );
      socket.once('data', () => {
        socket.destroy();
        resolve();
      });
      socket.on('error', () => resolve());
    });

  test('400 disconnects later, open file descriptors are back to where they were', async () => {
    await stillAnswers();
    const baseline = openDescriptors();
    for (let batch = 0; batch < 16; batch++) {
      await Promise.all(Array.from({ length: 25 }, leaveEarly));
    }
    await expect.poll(openDescriptors, { timeout: 5000 }).toBeLessThanOrEqual(baseline + 2);
    await stillAnswers();
  });
});

describe('the embed allowlist, read when the server starts', () => {
  test('its origins are added to frame-ancestors without a rebuild', async () => {
    await writeFile(
      path.join(root, 'embed-config.json'),
      JSON.stringify({ allowedHostOrigins: ['https://portal.example.com'] }),
    );
    const other = createSiteServer(root) as Server;
    const otherPort = ((await listen(other, 0)) as AddressInfo).port;
    const response = await rawRequest(`http://127.0.0.1:${otherPort}`, '/zh-cn/nope');
    other.close();
    expect(response.headers['content-security-policy']).toContain(
      "frame-ancestors 'self' https://portal.example.com;",
    );
  });

  test('an entry that is not an origin stops the server at start, saying which', async () => {
    await writeFile(path.join(root, 'embed-config.json'), '{ "allowedHostOrigins": ["portal.example.com"] }');
    expect(() => createSiteServer(root)).toThrow(/"portal\.example\.com" is not an origin/);
  });
});
