import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ContentCatalog } from '../../src/content/content-manifest';
import type { ParseCache } from '../../src/content/pipeline/parse-cache';
import { contentPlugin } from '../../src/content/vite-plugin-content';

/** In `npm run dev`, editing one source re-parses that file only, and the app gets the edit. */
const FIXTURES = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'content-dev-'));
const dir = path.join(root, 'articles');
for (const slug of ['widgets', 'gadgets']) mkdirSync(path.join(dir, slug), { recursive: true });
copyFileSync(path.join(FIXTURES, 'canonical.md'), path.join(dir, 'widgets/zh-cn.md'));
copyFileSync(path.join(FIXTURES, 'front-matter-spans.md'), path.join(dir, 'gadgets/ja-jp.md'));
let server: ViteDevServer | undefined;
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const parses = () =>
  (globalThis as Record<symbol, ParseCache | undefined>)[
    Symbol.for('help-center-content-parse-cache')
  ]?.parses() ?? NaN;

describe('the dev server', () => {
  it('re-parses only the edited file and serves the edit', async () => {
    server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [contentPlugin(dir)],
      server: { middlewareMode: true, hmr: false, ws: false },
    });
    const catalog = async () =>
      ((await server?.ssrLoadModule('virtual:content/catalog')) as { catalog: ContentCatalog }).catalog;
    const heading = async (slug: string, locale: string) =>
      (await catalog()).listings[slug]?.find((version) => version.locale === locale)?.heading;

    const before = parses();
    expect(await heading('widgets', 'zh-cn')).toBe('小部件使用准则');
    const afterFirstLoad = parses();
    // Each source at most once (another test file in this worker may have parsed them already).
    expect(afterFirstLoad - before).toBeLessThanOrEqual(2);

    const file = path.join(dir, 'widgets/zh-cn.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('小部件使用准则</span>', '新的标题</span>'));
    server.watcher.emit('change', file);
    await vi.waitFor(async () => expect(await heading('widgets', 'zh-cn')).toBe('新的标题'));
    expect(parses() - afterFirstLoad).toBe(1);
    expect(await heading('gadgets', 'ja-jp')).toBeTruthy();
    expect(parses() - afterFirstLoad).toBe(1);
  }, 60_000);
});
