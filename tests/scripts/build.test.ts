// @vitest-environment node
// `npm run build` swaps a finished build in: a build that fails leaves the last good output untouched.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { afterEach, describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/content/pipeline/plain-text';
import { loadContentDir } from '../../src/content/pipeline/load-content';
import { plainTextOf } from '../../src/domain/article-text';
import { htmlLangOf } from '../../src/domain/locales';
import { readBuilt } from '../../scripts/server/built-file.mjs';

const dirs: string[] = [];
const VALID_FIXTURES = 'tests/content/fixtures/valid';
/** The language each fixture is written in (the rest are Simplified Chinese). */
const FIXTURE_LOCALES: Record<string, string> = {
  'alerts.md': 'fr-fr',
  'anchors.md': 'fr-fr',
  'bold-outside-list.md': 'zh-tw',
  'entities-escapes.md': 'fr-fr',
  'fenced-code.md': 'fr-fr',
  'front-matter-spans.md': 'ja-jp',
  'html-table.md': 'fr-fr',
  'image-directive.md': 'fr-fr',
  'nested-lists-rules-comments.md': 'fr-fr',
  'pipe-tables.md': 'fr-fr',
  'plain-english.md': 'en-us',
  'plain-translated.md': 'de-de',
};

/** The text a sighted reader sees: without the screen-reader-only labels ("opens in a new tab"). */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  const classes = node.type === 'element' ? node.properties.className : undefined;
  if (Array.isArray(classes) && classes.includes('visually-hidden')) return '';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function elementsOf(node: Nodes, tag: string): Element[] {
  const own = node.type === 'element' && node.tagName === tag ? [node] : [];
  return 'children' in node ? [...own, ...node.children.flatMap((child) => elementsOf(child, tag))] : own;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/build.mjs', () => {
  it('fails a strict build on a hostile content file with its file and line, and keeps the last good dist/', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'help-center-build-'));
    dirs.push(dir);
    const contentDir = path.join(dir, 'articles');
    cpSync('src/content/articles', contentDir, { recursive: true });
    mkdirSync(path.join(contentDir, 'widget-safety'));
    cpSync(
      'tests/content/fixtures/hostile/script-block.md',
      path.join(contentDir, 'widget-safety', 'de-de.md'),
    );
    const outDir = path.join(dir, 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), '<p>last good build</p>');

    let output = '';
    expect(() => {
      try {
        execFileSync(process.execPath, ['scripts/build.mjs'], {
          env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, CONTENT_STRICT: '1' },
          stdio: 'pipe',
        });
      } catch (error) {
        const failed = error as { stdout: Buffer; stderr: Buffer };
        output = `${failed.stdout.toString()}${failed.stderr.toString()}`;
        throw error;
      }
    }).toThrow();
    expect(output).toMatch(/widget-safety\/de-de\.md:9:1: <script> is not allowed/);
    expect(output).toMatch(/keeps the last good build/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>last good build</p>');
    expect(readdirSync(dir).sort()).toEqual(['articles', 'dist']);
  }, 120_000);

  it('builds every valid fixture shape as an article that shows its title and first paragraph', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'help-center-fixtures-'));
    dirs.push(dir);
    const contentDir = path.join(dir, 'articles');
    const fixtures = readdirSync(VALID_FIXTURES).filter((name) => name.endsWith('.md'));
    for (const name of fixtures) {
      const folder = path.join(contentDir, name.replace(/\.md$/, ''));
      mkdirSync(folder, { recursive: true });
      cpSync(path.join(VALID_FIXTURES, name), path.join(folder, `${FIXTURE_LOCALES[name] ?? 'zh-cn'}.md`));
    }
    const outDir = path.join(dir, 'dist');
    const sources = loadContentDir(contentDir).articles.filter(
      (article) => article.locale !== 'en-us' || article.translation !== 'original',
    );
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        // The article pages read below, and no others (the wizard's hundreds of pages take the time).
        PRERENDER_ONLY: sources.map((article) => `/${article.locale}/articles/${article.slug}`).join(','),
      },
      stdio: 'pipe',
    });

    expect(sources).toHaveLength(fixtures.length);
    for (const article of sources) {
      const file = path.join(outDir, article.locale, 'articles', article.slug, 'index.html');
      const page = fromHtml(readBuilt(file, 'utf8'));
      const [html] = elementsOf(page, 'html');
      expect(html?.properties.lang, file).toBe(htmlLangOf(article.locale));
      const [h1] = elementsOf(page, 'h1');
      const heading = article.blocks.find((block) => block.type === 'heading' && block.depth === 1);
      expect(heading?.type === 'heading' && h1 && collapseWhitespace(textOf(h1))).toBe(
        heading?.type === 'heading' && collapseWhitespace(plainTextOf(heading.children)),
      );
      // The first paragraph of text (an image's alt text is an attribute, not text on the page).
      const paragraph = article.blocks.find(
        (block) => block.type === 'paragraph' && !JSON.stringify(block.children).includes('"type":"image"'),
      );
      if (paragraph?.type !== 'paragraph') continue;
      const expected = collapseWhitespace(plainTextOf(paragraph.children));
      const shown = elementsOf(page, 'p').map((element) => collapseWhitespace(textOf(element)));
      expect(shown, `${file}: the first paragraph`).toContain(expected);
    }
  }, 300_000);
});
