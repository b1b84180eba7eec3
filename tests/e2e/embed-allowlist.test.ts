// @vitest-environment node
// The embed allowlist as a portal owner sets it (docs/embedding.md): EMBED_ALLOWED_ORIGINS when the
// server starts → the frame-ancestors the server sends and the list the frame reads → a host page at an
// allowed origin gets the frame's events and drives it; one at another origin cannot even frame it. For
// `npm start`'s server (the command `npm start` runs once the build is done) and for nginx, whose include
// is written with the same variable. The host page runs on a free port, as in the other embed tests.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import wizardZhCn from '../../src/features/wizard/locales/zh-cn.json';
import wizardZhTw from '../../src/features/wizard/locales/zh-tw.json';
import { startNginx, type RunningNginx } from '../server/support/nginx';
import { rawRequest } from '../server/support/raw-request';
import { browserForThisFile } from './support/browser';
import { helpFrame, hostEvents, nextEvent } from './support/embed-servers';
// @ts-expect-error -- plain ESM script: the example host page's server
import { createPortalServer } from '../../examples/portal/serve.mjs';

const browser = browserForThisFile();

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `node scripts/serve.mjs` with this environment; resolves with its URL, or with how it stopped. */
function startServe(env: Record<string, string>): Promise<{ url?: string; code?: number; output: string }> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Help center: (http:\S+?)\/?\n/.exec(output)?.[1];
      if (url) {
        running.push(child);
        resolve({ url, output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => resolve({ code: code ?? -1, output }));
  });
}

const running: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
let hostPort = 0;
let allowed = '';
/** The same host page under an origin that is not listed. */
let other = '';

beforeAll(async () => {
  hostPort = await freePort();
  allowed = `http://127.0.0.1:${hostPort}`;
  other = `http://localhost:${hostPort}`;
  const portal = createPortalServer() as Server;
  await new Promise<void>((resolve) => portal.listen(hostPort, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => portal.close(() => resolve())));
});

afterAll(async () => {
  for (const child of running) child.kill('SIGTERM');
  for (const cleanup of cleanups) await cleanup();
});

/** The help center served with EMBED_ALLOWED_ORIGINS set to the host page's origin, by each server. */
const SERVERS: Record<'npm start' | 'nginx', () => Promise<string>> = {
  'npm start': async () => {
    const started = await startServe({
      PORT: String(await freePort()),
      EMBED_ALLOWED_ORIGINS: `https://portal.example.com ${allowed}`,
    });
    if (!started.url) throw new Error(`serve.mjs stopped: ${started.output}`);
    return started.url;
  },
  nginx: async () => {
    // A copy of the build (hard links) whose generated files are new files, so dist/ stays as it is.
    const folder = mkdtempSync(path.join(os.tmpdir(), 'help-center-allowlist-'));
    chmodSync(folder, 0o755);
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const dist = path.join(folder, 'dist');
    execFileSync('cp', ['-al', 'dist', dist]);
    rmSync(path.join(dist, '.server/nginx'), { recursive: true });
    rmSync(path.join(dist, 'embed-config.json'));
    execFileSync(process.execPath, ['scripts/server/nginx-include.mjs', dist], {
      env: { ...process.env, EMBED_ALLOWED_ORIGINS: `https://portal.example.com ${allowed}` },
    });
    const nginx: RunningNginx = await startNginx(dist);
    cleanups.push(nginx.stop);
    return nginx.url;
  },
};

async function openHost(origin: string, helpCenter: string, page?: Page): Promise<Page> {
  page ??= await (await browser().newContext({ viewport: { width: 1024, height: 800 } })).newPage();
  await page.goto(`${origin}/?${new URLSearchParams({ helpCenter, locale: 'zh-tw', page: 'wizard' })}`);
  return page;
}

describe.each(Object.keys(SERVERS) as (keyof typeof SERVERS)[])('%s', (name) => {
  let helpCenter = '';
  beforeAll(async () => {
    helpCenter = await SERVERS[name]();
  });

  test('sends the listed origins in frame-ancestors, and the frame reads the same list', async () => {
    const page = await rawRequest(helpCenter, '/zh-tw/');
    expect(String(page.headers['content-security-policy'])).toContain(
      `frame-ancestors 'self' https://portal.example.com ${allowed};`,
    );
    const config = await rawRequest(helpCenter, '/embed-config.json');
    expect(JSON.parse(config.body.toString())).toEqual({
      allowedHostOrigins: ['https://portal.example.com', allowed],
    });
  });

  test('a host page at a listed origin gets the frame’s events and drives it', async () => {
    const page = await openHost(allowed, helpCenter);
    expect((await nextEvent(page, 'ready')).payload.locale).toBe('zh-tw');
    const frame = await helpFrame(page, helpCenter);
    expect(await frame.locator('h1').innerText()).toBe(wizardZhTw.question.cloud.title);
    const seen = (await hostEvents(page)).length;
    await page.evaluate(() =>
      (window as unknown as { helpCenter: { setLocale(locale: string): void } }).helpCenter.setLocale(
        'zh-cn',
      ),
    );
    expect((await nextEvent(page, 'locale', seen)).payload).toEqual({ locale: 'zh-cn' });
    await frame.locator('h1', { hasText: wizardZhCn.question.cloud.title }).waitFor();
    await page.context().close();
  });

  test('a host page at another origin cannot frame it', async () => {
    const page = await (await browser().newContext()).newPage();
    const refusal = page.waitForEvent('console', (message) =>
      message.text().includes('violates the following Content Security Policy directive: "frame-ancestors'),
    );
    await openHost(other, helpCenter, page);
    expect((await refusal).text()).toContain(`Framing '${helpCenter}/`);
    expect(await hostEvents(page)).not.toContainEqual(expect.objectContaining({ type: 'ready' }));
    await page.context().close();
  });
});

test('an entry that is not an origin stops `npm start` at start, saying which and why', async () => {
  const stopped = await startServe({
    PORT: String(await freePort()),
    EMBED_ALLOWED_ORIGINS: 'https://portal.example.com http://portal.example.com',
  });
  expect(stopped.code).toBe(1);
  expect(stopped.output).toContain(
    'EMBED_ALLOWED_ORIGINS: "http://portal.example.com" is not an origin (write it as https://host',
  );
});
