import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contentPlugin } from '../../src/content/vite-plugin-content';

const FIXTURES = path.resolve('tests/content/fixtures');
const root = mkdtempSync(path.join(tmpdir(), 'content-strict-'));
const dir = path.join(root, 'articles');
mkdirSync(path.join(dir, 'widgets'), { recursive: true });
mkdirSync(path.join(dir, 'gadgets'), { recursive: true });
copyFileSync(path.join(FIXTURES, 'valid/canonical.md'), path.join(dir, 'widgets/zh-cn.md'));
copyFileSync(path.join(FIXTURES, 'malformed/missing-title.md'), path.join(dir, 'gadgets/zh-cn.md'));
const servers: ViteDevServer[] = [];
afterEach(() => vi.unstubAllEnvs());
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(root, { recursive: true, force: true });
});

async function loadManifest(): Promise<unknown> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [contentPlugin(dir)],
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  servers.push(server);
  return server.ssrLoadModule('virtual:content/manifest');
}

describe('a build of content with a file that is not a page', () => {
  it('builds the other pages and names the skipped file in its report', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await expect(loadManifest()).resolves.toBeTruthy();
    const printed = log.mock.calls.map((call) => String(call[0])).join('\n');
    log.mockRestore();
    expect(printed).toContain(`${path.join(dir, 'gadgets', 'zh-cn.md')}:`);
    expect(printed).toContain('2 pages from 2 files, 0 warnings, 1 files skipped');
  });

  it('fails with CONTENT_STRICT=1, with the report in the error', async () => {
    vi.stubEnv('CONTENT_STRICT', '1');
    await expect(loadManifest()).rejects.toThrow(
      /unreadable-page: 1 file skipped[\s\S]*CONTENT_STRICT=1: the content has problems/,
    );
  });
});
