import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/pipeline/content-error';
import { articleFiles, loadContentDir } from '../../../src/content/pipeline/load-content';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const created: string[] = [];

/** A throwaway content folder: `{ 'slug/zh-cn.md': 'valid/canonical.md' }` copies fixtures into place. */
function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  created.push(root);
  for (const [target, fixture] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, target)), { recursive: true });
    if (fixture.endsWith('.md')) copyFileSync(path.join(FIXTURES, fixture), path.join(root, target));
    else writeFileSync(path.join(root, target), fixture);
  }
  return root;
}

function loadError(dir: string): ContentError {
  try {
    loadContentDir(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('loaded without an error');
}

afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadContentDir', () => {
  it('parses every locale of every slug and generates the missing en-us version', () => {
    const dir = contentDir({
      'widgets/zh-tw.md': 'valid/bold-outside-list.md',
      'widgets/zh-cn.md': 'valid/canonical.md',
      'gadgets/ja-jp.md': 'valid/front-matter-spans.md',
    });
    const content = loadContentDir(dir);
    expect(content.slugs).toEqual(['gadgets', 'widgets']);
    expect(content.articles.map((article) => `${article.slug}/${article.locale}`)).toEqual([
      'gadgets/en-us',
      'gadgets/ja-jp',
      'widgets/en-us',
      'widgets/zh-cn',
      'widgets/zh-tw',
    ]);
    const english = content.articles.find(
      (article) => article.slug === 'widgets' && article.locale === 'en-us',
    );
    expect(english?.translation).toBe('original');
    expect(english?.title).toBe('Guidelines for using widgets');
  });

  it('keeps an en-us.md source instead of generating one', () => {
    const dir = contentDir({
      'widgets/zh-cn.md': 'valid/canonical.md',
      'widgets/en-us.md': 'valid/plain-english.md',
    });
    const englishVersions = loadContentDir(dir).articles.filter((article) => article.locale === 'en-us');
    expect(englishVersions).toHaveLength(1);
    expect(englishVersions[0]?.title).toBe('Widget basics');
  });

  it.each(['zh-CN.md', 'zh.md', 'notes.txt', 'zh_cn.md'])(
    'rejects the locale file name %s, naming the file',
    (name) => {
      const dir = contentDir({ 'widgets/zh-cn.md': 'valid/canonical.md', [`widgets/${name}`]: 'x' });
      const error = loadError(dir);
      expect(error.file).toBe(path.join(dir, 'widgets', name));
      expect(error.reason).toMatch(/lowercase <locale>\.md/);
    },
  );

  it('lowercases a slug folder with capitals for its URL and maps the folder name to it', () => {
    const dir = contentDir({
      'China-use-the-Widgets/ja-jp.md': 'valid/canonical.md',
      'gadgets/zh-cn.md': 'valid/canonical.md',
    });
    const content = loadContentDir(dir);
    expect(content.slugs).toEqual(['china-use-the-widgets', 'gadgets']);
    expect(content.slugAliases).toEqual({ 'China-use-the-Widgets': 'china-use-the-widgets' });
    expect(content.articles.map((article) => `${article.slug}/${article.locale}`)).toEqual([
      'china-use-the-widgets/en-us',
      'china-use-the-widgets/ja-jp',
      'gadgets/en-us',
      'gadgets/zh-cn',
    ]);
  });

  it('rejects two slug folders that differ only in case', () => {
    const dir = contentDir({
      'Widgets/zh-cn.md': 'valid/canonical.md',
      'widgets/zh-tw.md': 'valid/canonical.md',
    });
    const error = loadError(dir);
    expect(error.reason).toMatch(/"Widgets" and "widgets" differ only in case/);
  });

  it.each(['old_widgets', 'widgets-', 'wid--gets'])('rejects the slug folder name %s', (slug) => {
    const dir = contentDir({ [`${slug}/zh-cn.md`]: 'valid/canonical.md' });
    const error = loadError(dir);
    expect(error.file).toBe(path.join(dir, slug));
    expect(error.reason).toMatch(/kebab-case/);
  });

  it('reports a malformed source with its path', () => {
    const dir = contentDir({ 'widgets/zh-cn.md': 'malformed/yaml-syntax-error.md' });
    const error = loadError(dir);
    expect(error.file).toBe(path.join(dir, 'widgets', 'zh-cn.md'));
    expect(error.line).toBe(4);
  });

  it('builds a folder of plain translations in its own locale only: no English to make en-us from', () => {
    const dir = contentDir({
      'widgets/de-de.md': 'valid/plain-translated.md',
      'gadgets/zh-cn.md': 'valid/canonical.md',
    });
    const content = loadContentDir(dir);
    expect(content.articles.map((article) => `${article.slug}/${article.locale}`)).toEqual([
      'gadgets/en-us',
      'gadgets/zh-cn',
      'widgets/de-de',
    ]);
  });

  it('ignores dot-files and files beside the slug folders', () => {
    const dir = contentDir({
      'widgets/zh-cn.md': 'valid/canonical.md',
      'widgets/.DS_Store': 'x',
      'README.txt': 'x',
    });
    expect(loadContentDir(dir).slugs).toEqual(['widgets']);
  });
});

describe('articleFiles', () => {
  it('lists the absolute paths of the markdown sources, even badly named ones', () => {
    const dir = contentDir({
      'widgets/zh-tw.md': 'valid/bold-outside-list.md',
      'widgets/zh-CN.md': 'valid/canonical.md',
      'gadgets/ja-jp.md': 'valid/front-matter-spans.md',
      'gadgets/notes.txt': 'x',
    });
    const relative = path.relative(process.cwd(), dir);
    expect(articleFiles(relative)).toEqual([
      path.join(dir, 'gadgets', 'ja-jp.md'),
      path.join(dir, 'widgets', 'zh-CN.md'),
      path.join(dir, 'widgets', 'zh-tw.md'),
    ]);
  });
});
