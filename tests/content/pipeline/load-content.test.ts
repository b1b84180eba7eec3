import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceFilesOf } from '../../../src/content/pipeline/content-layout';
import { loadContentDir } from '../../../src/content/pipeline/load-content';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const created: string[] = [];

/** A throwaway content folder: `{ 'slug/zh-cn.md': 'valid/canonical.md' }` copies fixtures into place. */
function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  created.push(root);
  for (const [target, fixture] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, target)), { recursive: true });
    if (/\.(md|yml)$/.test(fixture)) copyFileSync(path.join(FIXTURES, fixture), path.join(root, target));
    else writeFileSync(path.join(root, target), fixture);
  }
  return root;
}

/** What the load reported about one file, as `code: file`. */
function problemsOf(dir: string): string[] {
  return loadContentDir(dir).problems.map(
    (problem) => `${problem.code} ${problem.severity}: ${path.relative(dir, problem.file)}`,
  );
}

const pagesOf = (dir: string) =>
  loadContentDir(dir).articles.map((article) => `${article.slug}/${article.locale}`);

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
    'skips the file %s, naming it, and builds the others',
    (name) => {
      const dir = contentDir({ 'widgets/zh-cn.md': 'valid/canonical.md', [`widgets/${name}`]: 'x' });
      expect(problemsOf(dir)).toEqual([`not-a-source skip: ${path.join('widgets', name)}`]);
      expect(pagesOf(dir)).toEqual(['widgets/en-us', 'widgets/zh-cn']);
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

  it('makes folders whose names differ only in case one article, with an alias for each capitalized name', () => {
    const dir = contentDir({
      'Widgets/zh-cn.md': 'valid/canonical.md',
      'widgets/zh-tw.md': 'valid/bold-outside-list.md',
    });
    const content = loadContentDir(dir);
    expect(content.slugs).toEqual(['widgets']);
    expect(content.slugAliases).toEqual({ Widgets: 'widgets' });
    expect(pagesOf(dir)).toEqual(['widgets/en-us', 'widgets/zh-cn', 'widgets/zh-tw']);
    expect(content.problems).toEqual([]);
  });

  it('keeps the newer ms.date of two files of one locale whose names differ only in case, naming the other', () => {
    const dir = contentDir({
      'Widgets/zh-cn.md': readFileSync(path.join(FIXTURES, 'valid/canonical.md'), 'utf8')
        .replace('ms.date: 03/14/2021', 'ms.date: 07/01/2021')
        .replace('title: 小部件的使用准则', 'title: 新的小部件准则'),
      'widgets/zh-cn.md': 'valid/canonical.md',
    });
    const content = loadContentDir(dir);
    expect(content.articles.find((article) => article.locale === 'zh-cn')?.title).toBe('新的小部件准则');
    expect(content.problems).toEqual([
      expect.objectContaining({
        code: 'duplicate-page',
        severity: 'warning',
        file: path.join(dir, 'widgets', 'zh-cn.md'),
        what: `this file and ${path.join(dir, 'Widgets', 'zh-cn.md')} are both /zh-cn/articles/widgets`,
        done: "left out: the other file's ms.date (2021-07-01) is newer",
      }),
    ]);
  });

  it.each([
    'customers_revoke_admin_privileges',
    'non-payment--fraud--or-misuse',
    'announcements-2020-october',
    'widgets-',
    'v1.2-notes',
  ])('accepts the published name %s as a slug, lowercased', (name) => {
    const dir = contentDir({ [`${name}/zh-cn.md`]: 'valid/canonical.md' });
    expect(loadContentDir(dir).slugs).toEqual([name.toLowerCase()]);
  });

  it.each(['wid gets', '-widgets', 'widgets..x', 'wïdgets'])('skips the folder %s, naming it', (name) => {
    const dir = contentDir({
      [`${name}/zh-cn.md`]: 'valid/canonical.md',
      'gadgets/zh-cn.md': 'valid/canonical.md',
    });
    expect(problemsOf(dir)).toEqual([`bad-slug-folder skip: ${name}`]);
    expect(loadContentDir(dir).slugs).toEqual(['gadgets']);
  });

  it('reads folders starting with an underscore as data, not pages, and says nothing of them', () => {
    const dir = contentDir({ '_data/zh-cn/TOC.yml': '- name: x', 'widgets/zh-cn.md': 'valid/canonical.md' });
    expect(loadContentDir(dir).slugs).toEqual(['widgets']);
    expect(problemsOf(dir)).toEqual([]);
  });

  it('skips a malformed source with its path and line, and builds the others', () => {
    const dir = contentDir({
      'widgets/zh-cn.md': 'malformed/yaml-syntax-error.md',
      'gadgets/zh-cn.md': 'valid/canonical.md',
    });
    const [problem, ...others] = loadContentDir(dir).problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ severity: 'skip', file: path.join(dir, 'widgets', 'zh-cn.md'), line: 4 });
    expect(pagesOf(dir)).toEqual(['gadgets/en-us', 'gadgets/zh-cn']);
  });

  it('skips a file that is not UTF-8', () => {
    const dir = contentDir({ 'gadgets/zh-cn.md': 'valid/canonical.md' });
    mkdirSync(path.join(dir, 'widgets'));
    writeFileSync(
      path.join(dir, 'widgets/zh-cn.md'),
      Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]),
    );
    expect(problemsOf(dir)).toEqual([`not-utf8 skip: ${path.join('widgets', 'zh-cn.md')}`]);
    expect(loadContentDir(dir).slugs).toEqual(['gadgets']);
  });

  it('reads a YamlMime:FAQ page: its titles, sections and questions as headings, answers as markdown', () => {
    const dir = contentDir({ 'widgets-faq/zh-cn.yml': 'valid/faq-plain.yml' });
    const [faq, ...others] = loadContentDir(dir).articles;
    expect(others).toEqual([]);
    expect(faq).toMatchObject({
      slug: 'widgets-faq',
      locale: 'zh-cn',
      // The metadata's title names the page (its <title>), the page's own title is its H1.
      title: '小部件常见问题',
      date: '2021-05-06',
    });
    const headings = faq?.blocks.filter((block) => block.type === 'heading');
    expect(headings?.map((heading) => [heading.depth, JSON.stringify(heading.children)])).toEqual([
      [1, expect.stringContaining('小部件常见问题解答')],
      [2, expect.stringContaining('基础')],
      [3, expect.stringContaining('多久检查一次小部件？')],
      [3, expect.stringContaining('小部件可以共享吗？')],
    ]);
    expect(JSON.stringify(faq?.blocks)).toContain(
      '{"type":"strong","children":[{"type":"text","value":"同一个"}]}',
    );
    expect(JSON.stringify(faq?.blocks)).toContain('"href":"widgets.md"');
  });

  it('skips an FAQ page that is not valid YAML, at its line', () => {
    const dir = contentDir({ 'widgets-faq/zh-cn.yml': '### YamlMime:FAQ\ntitle: "unclosed\nsections: [\n' });
    const [problem] = loadContentDir(dir).problems;
    expect(problem).toMatchObject({ code: 'unreadable-page', severity: 'skip', line: expect.any(Number) });
    expect(problem?.what).toMatch(/^invalid YAML/);
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

describe('the project’s own content', () => {
  it('loads with nothing to report', () => {
    const content = loadContentDir('src/content/articles');
    expect(content.problems).toEqual([]);
    expect(content.fileCount).toBeGreaterThan(0);
  });
});

describe('sourceFilesOf', () => {
  it('lists the absolute paths of the page sources, even badly named ones', () => {
    const dir = contentDir({
      'widgets/zh-tw.md': 'valid/bold-outside-list.md',
      'widgets/zh-CN.md': 'valid/canonical.md',
      'gadgets/ja-jp.md': 'valid/front-matter-spans.md',
      'gadgets/notes.txt': 'x',
      'gadgets/zh-cn.yml': 'valid/faq-plain.yml',
      '_data/zh-cn/TOC.yml': 'x',
    });
    const relative = path.relative(process.cwd(), dir);
    expect(sourceFilesOf(relative)).toEqual([
      path.join(dir, 'gadgets', 'ja-jp.md'),
      path.join(dir, 'gadgets', 'zh-cn.yml'),
      path.join(dir, 'widgets', 'zh-CN.md'),
      path.join(dir, 'widgets', 'zh-tw.md'),
    ]);
  });
});
