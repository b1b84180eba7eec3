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

export interface EmbedServers {
  /** A copy of dist/ whose embed-config.json allows `hostOrigin`, served as `npm start` does. */
  helpCenter: string;
  /** The example host page's server, on a free port of 127.0.0.1: the allowed origin. */
  hostOrigin: string;
  /** The same server under another origin (`localhost`), which the allowlist does not name. */
  thirdOrigin: string;
  close(): Promise<void>;
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * `extraPages` are more HTML pages of the host server (by path). Both servers take free ports (one an
 * ephemeral port, which neither browser refuses as it refuses 4190 in Firefox), so embed files run beside
 * each other and beside the other end-to-end files.
 */
export async function startEmbedServers(extraPages: Record<string, string> = {}): Promise<EmbedServers> {
  const portal = createPortalServer(extraPages) as Server;
  const { port: hostPort } = (await listen(portal, 0, '127.0.0.1')) as AddressInfo;
  const hostOrigin = `http://127.0.0.1:${hostPort}`;
  const root = mkdtempSync(path.join(tmpdir(), 'help-center-embed-'));
  cpSync('dist', root, { recursive: true });
  writeFileSync(path.join(root, 'embed-config.json'), JSON.stringify({ allowedHostOrigins: [hostOrigin] }));
  rmSync(path.join(root, 'embed-config.json.gz'), { force: true });
  rmSync(path.join(root, 'embed-config.json.br'), { force: true });
  const site = createSiteServer(root) as Server;
  const { port } = (await listen(site, 0)) as AddressInfo;
  return {
    helpCenter: `http://127.0.0.1:${port}`,
    hostOrigin,
    thirdOrigin: `http://localhost:${hostPort}`,
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

/** The example host page with these mount options, on the allowed origin unless `origin` says another. */
export function portalUrl(
  servers: EmbedServers,
  options: Record<string, string> = {},
  origin = servers.hostOrigin,
) {
  return `${origin}/?${new URLSearchParams({ helpCenter: servers.helpCenter, ...options })}`;
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
