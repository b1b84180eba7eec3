import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../../scripts/serve.mjs';
// @ts-expect-error -- plain ESM script: the example host page's server
import { createPortalServer } from '../../../examples/portal/serve.mjs';

/** The host page's origin (the port the issue names), and the same server under another origin. */
export const HOST_ORIGIN = 'http://127.0.0.1:4190';
export const THIRD_ORIGIN = 'http://localhost:4190';

export interface EmbedServers {
  /** A copy of dist/ whose embed-config.json allows HOST_ORIGIN, served as `npm start` does. */
  helpCenter: string;
  close(): Promise<void>;
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * `extraPages` are more HTML pages of the host server (by path); `hostOrigin` is where it listens, on
 * 127.0.0.1 (Firefox refuses port 4190: its tests use another).
 */
export async function startEmbedServers(
  extraPages: Record<string, string> = {},
  hostOrigin = HOST_ORIGIN,
): Promise<EmbedServers> {
  const root = mkdtempSync(path.join(tmpdir(), 'help-center-embed-'));
  cpSync('dist', root, { recursive: true });
  writeFileSync(path.join(root, 'embed-config.json'), JSON.stringify({ allowedHostOrigins: [hostOrigin] }));
  rmSync(path.join(root, 'embed-config.json.gz'), { force: true });
  rmSync(path.join(root, 'embed-config.json.br'), { force: true });
  const site = createSiteServer(root) as Server;
  const { port } = (await listen(site, 0)) as AddressInfo;
  const portal = createPortalServer(extraPages) as Server;
  await listen(portal, Number(new URL(hostOrigin).port), '127.0.0.1');
  return {
    helpCenter: `http://127.0.0.1:${port}`,
    async close() {
      await Promise.all([close(site), close(portal)]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface HostEvent {
  type: string;
  payload: Record<string, unknown>;
  at: number;
}

export const hostEvents = (page: Page): Promise<HostEvent[]> =>
  page.evaluate(() => (window as unknown as { helpCenterEvents: HostEvent[] }).helpCenterEvents ?? []);

/** Waits for the first event of a type after `from` events, and returns it. */
export async function nextEvent(page: Page, type: string, from = 0): Promise<HostEvent> {
  const handle = await page.waitForFunction(
    ([wanted, skip]) =>
      (window as unknown as { helpCenterEvents?: HostEvent[] }).helpCenterEvents
        ?.slice(skip as number)
        .find((event) => event.type === wanted),
    [type, from] as const,
  );
  return (await handle.jsonValue()) as HostEvent;
}

/** The help center's frame inside the host page, once it has hydrated. */
export async function helpFrame(page: Page, helpCenter: string): Promise<Frame> {
  const iframe = await page.waitForSelector('#help iframe');
  const frame = await iframe.contentFrame();
  if (!frame || !frame.url().startsWith(helpCenter)) throw new Error(`No help center frame: ${frame?.url()}`);
  await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  return frame;
}

/** The example host page with these mount options. */
export function portalUrl(helpCenter: string, options: Record<string, string> = {}, origin = HOST_ORIGIN) {
  return `${origin}/?${new URLSearchParams({ helpCenter, ...options })}`;
}

/**
 * The help center and host page for one test file, started before its tests and closed after them (the
 * embed files' twin of `browserForThisFile`). Call the result inside a test.
 */
export function embedServersForThisFile(extraPages: Record<string, string> = {}): () => EmbedServers {
  let servers: EmbedServers | undefined;
  beforeAll(async () => {
    servers = await startEmbedServers(extraPages);
  });
  afterAll(async () => {
    await servers?.close();
  });
  return () => {
    if (!servers) throw new Error('The embed servers start in beforeAll: call this inside a test');
    return servers;
  };
}
