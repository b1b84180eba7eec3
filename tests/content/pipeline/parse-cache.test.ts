import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readContentLayout } from '../../../src/content/pipeline/content-layout';
import { loadContentDir } from '../../../src/content/pipeline/load-content';
import { createParseCache } from '../../../src/content/pipeline/parse-cache';

const FIXTURES = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function contentDir(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-cache-'));
  dirs.push(root);
  for (const slug of ['widgets', 'gadgets']) mkdirSync(path.join(root, slug));
  copyFileSync(path.join(FIXTURES, 'canonical.md'), path.join(root, 'widgets/zh-cn.md'));
  copyFileSync(path.join(FIXTURES, 'bold-outside-list.md'), path.join(root, 'widgets/zh-tw.md'));
  copyFileSync(path.join(FIXTURES, 'front-matter-spans.md'), path.join(root, 'gadgets/ja-jp.md'));
  return root;
}

const titleOf = (dir: string, slug: string, locale: string, cache = createParseCache()) =>
  loadContentDir(dir, cache.read).articles.find((a) => a.slug === slug && a.locale === locale)?.title;

describe('the parse cache', () => {
  it('parses each file once across builds, and only the edited file again', () => {
    const dir = contentDir();
    const cache = createParseCache();
    const first = loadContentDir(dir, cache.read);
    expect(cache.parses()).toBe(3);
    const second = loadContentDir(dir, cache.read);
    expect(cache.parses()).toBe(3);
    expect(second).toEqual(first);

    const file = path.join(dir, 'widgets/zh-cn.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 小部件的使用准则', 'title: 新标题'));
    const edited = loadContentDir(dir, cache.read);
    expect(cache.parses()).toBe(4);
    expect(edited.articles.find((a) => a.slug === 'widgets' && a.locale === 'zh-cn')?.title).toBe('新标题');
    expect(titleOf(dir, 'widgets', 'zh-cn')).toBe('新标题');
  });

  it('parses a file again when it moves to another slug or locale', () => {
    const dir = contentDir();
    const cache = createParseCache();
    loadContentDir(dir, cache.read);
    expect(cache.parses()).toBe(3);
    const file = path.join(dir, 'widgets/zh-cn.md');
    const moved = { file, folder: 'other', slug: 'other', locale: 'zh-cn', kind: 'article' } as const;
    expect(cache.read(moved).article?.slug).toBe('other');
    expect(cache.parses()).toBe(4);
  });
});

describe('warming the cache of a large folder', () => {
  const options = (cacheDir: string) => ({ cacheDir, minFiles: 1, threads: 2 });

  it('parses in worker threads what it has not seen, the same as in this thread, and reads it from disk in a new process', async () => {
    const dir = contentDir();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'content-disk-cache-'));
    dirs.push(cacheDir);
    const { sources } = readContentLayout(dir);
    const cold = createParseCache();
    expect(await cold.warm(sources, options(cacheDir))).toEqual({ inMemory: 0, fromDisk: 0, parsed: 3 });
    expect(loadContentDir(dir, cold.read)).toEqual(loadContentDir(dir));
    expect(await cold.warm(sources, options(cacheDir))).toEqual({ inMemory: 3, fromDisk: 0, parsed: 0 });

    const file = path.join(dir, 'widgets/zh-cn.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 小部件的使用准则', 'title: 新标题'));
    const warm = createParseCache();
    expect(await warm.warm(sources, options(cacheDir))).toEqual({ inMemory: 0, fromDisk: 2, parsed: 1 });
    expect(warm.parses()).toBe(1);
    expect(titleOf(dir, 'widgets', 'zh-cn', warm)).toBe('新标题');
    expect(warm.parses()).toBe(1);
  }, 60_000);

  it('removes what older parser versions left in its folder, and nothing else there', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'content-disk-cache-'));
    dirs.push(cacheDir);
    const older = '0123456789abcdef';
    mkdirSync(path.join(cacheDir, older));
    writeFileSync(path.join(cacheDir, older, 'parsed.json'), '{}');
    writeFileSync(path.join(cacheDir, `parse-worker-${older}.mjs`), '');
    // The search index keeps its shards in the same folder (src/content/vite-plugin-search-index.ts).
    mkdirSync(path.join(cacheDir, 'search-shards', 'de-de-0123456789'), { recursive: true });
    writeFileSync(path.join(cacheDir, 'search-shards', 'de-de-0123456789', 't0.json'), '[]');
    await createParseCache().warm(readContentLayout(contentDir()).sources, options(cacheDir));
    const left = readdirSync(cacheDir).sort();
    expect(left).not.toContain(older);
    expect(left).not.toContain(`parse-worker-${older}.mjs`);
    expect(left).toContain('search-shards');
    expect(readdirSync(path.join(cacheDir, 'search-shards', 'de-de-0123456789'))).toEqual(['t0.json']);
    // Besides the shards, only the current version's parsed files.
    expect(left.filter((name) => name !== 'search-shards')).toEqual([
      expect.stringMatching(/^[0-9a-f]{16}$/),
    ]);
  }, 60_000);

  it('keeps a skipped file skipped, its problem naming the file where it is now', async () => {
    const dir = contentDir();
    writeFileSync(path.join(dir, 'gadgets/ja-jp.md'), Buffer.from([0xff, 0xfe, 0x00]));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'content-disk-cache-'));
    dirs.push(cacheDir);
    await createParseCache().warm(readContentLayout(dir).sources, options(cacheDir));
    const moved = contentDir();
    writeFileSync(path.join(moved, 'gadgets/ja-jp.md'), Buffer.from([0xff, 0xfe, 0x00]));
    const cache = createParseCache();
    expect(await cache.warm(readContentLayout(moved).sources, options(cacheDir))).toMatchObject({
      fromDisk: 3,
    });
    expect(loadContentDir(moved, cache.read).problems).toEqual([
      expect.objectContaining({ code: 'not-utf8', file: path.join(moved, 'gadgets/ja-jp.md') }),
    ]);
  }, 60_000);
});
