// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBuilt, readBuilt } from '../../scripts/server/built-file.mjs';

/**
 * The content contract: dropping `<slug>/<locale>.md` into the article folder and rebuilding is all it takes
 * for a locale to appear. This builds the real site from a copy of the content plus a made-up ja-jp file.
 */
const SLUG = 'customer-communication-from-microsoft';
let workDir: string;
let outDir: string;

/** The home and article pages of these locales, for PRERENDER_ONLY. */
const onlyPages = (...locales: string[]) =>
  locales.flatMap((locale) => [`/${locale}/`, `/${locale}/articles/${SLUG}`]).join(',');

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'help-center-new-locale-'));
  const contentDir = path.join(workDir, 'articles');
  outDir = path.join(workDir, 'dist');
  cpSync('src/content/articles', contentDir, { recursive: true });
  cpSync('tests/e2e/fixtures/ja-jp.md', path.join(contentDir, SLUG, 'ja-jp.md'));
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    // Only the pages read here (a page that is not a prerender target is still left out).
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      PRERENDER_ONLY: onlyPages('ja-jp', 'en-us'),
    },
    stdio: 'pipe',
  });
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a locale added as content', () => {
  it('gets its own prerendered home and article pages', () => {
    expect(existsSync(path.join(outDir, 'ja-jp/index.html'))).toBe(true);
    const article = readBuilt(path.join(outDir, `ja-jp/articles/${SLUG}/index.html`), 'utf8');
    expect(article).toContain('<html lang="ja-JP">');
    expect(article).toContain('Microsoft からの顧客とのコミュニケーション');
  });

  it('appears in every page’s language switcher under its own name', () => {
    const english = readBuilt(path.join(outDir, `en-us/articles/${SLUG}/index.html`), 'utf8');
    expect(english).toMatch(/<a[^>]*lang="ja-JP"[^>]*>日本語 \(日本\)<\/a>/);
    expect(english).toContain('hreflang="ja-JP"');
  });

  it('shows its UI strings in English, marked as English, until someone translates them', () => {
    const article = readBuilt(path.join(outDir, `ja-jp/articles/${SLUG}/index.html`), 'utf8');
    expect(article).toMatch(/<a class="skip-link" href="#main" lang="en-US">Skip to main content<\/a>/);
    expect(article).toContain('<article class="article" lang="ja-JP">');
    // Said once, in English, inside the main landmark (text outside every landmark fails axe's region rule).
    expect(article).toMatch(
      /<main id="main"[^>]*><p class="ui-fallback-notice" lang="en-US" role="note">This page(?:'|&#x27;)s buttons and labels are not translated into this language yet, so they are shown in English\.<\/p>/,
    );
  });
});

describe('malformed content files', () => {
  it('renders an irregular file with a warning, leaves out one that is no page, names both; the rest builds', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'help-center-malformed-'));
    try {
      const contentDir = path.join(dir, 'articles');
      cpSync('src/content/articles', contentDir, { recursive: true });
      const source = readFileSync('tests/e2e/fixtures/ja-jp.md', 'utf8');
      // The English twin of the H1's segment is missing: the translation still renders.
      writeFileSync(
        path.join(contentDir, SLUG, 'ja-jp.md'),
        source.replace(
          /<span class="sxs-lookup"><span data-stu-id="abcde-103">Customer communication from Microsoft<\/span><\/span>/,
          '',
        ),
      );
      // Front matter that is not YAML: nothing can be read as a page.
      writeFileSync(
        path.join(contentDir, SLUG, 'ko-kr.md'),
        source.replace(/^title: .*$/m, 'title: "unclosed'),
      );
      const output = execFileSync(process.execPath, ['scripts/build.mjs'], {
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          OUT_DIR: path.join(dir, 'dist'),
          PRERENDER_ONLY: onlyPages('ja-jp', 'ko-kr', 'zh-cn'),
        },
        encoding: 'utf8',
        stdio: 'pipe',
      });
      expect(output).toMatch(
        new RegExp(
          `${SLUG}/ja-jp\\.md:10:55: .*sxs-lookup.* — translation shown without its English original`,
        ),
      );
      expect(output).toMatch(new RegExp(`${SLUG}/ko-kr\\.md:\\d+(:\\d+)?: .* — file skipped`));
      expect(output).toMatch(/Content: \d+ pages from 4 files, 1 warnings, 1 files skipped/);
      expect(isBuilt(path.join(dir, 'dist', 'ja-jp', 'articles', SLUG, 'index.html'))).toBe(true);
      expect(isBuilt(path.join(dir, 'dist', 'ko-kr', 'articles', SLUG, 'index.html'))).toBe(false);
      expect(isBuilt(path.join(dir, 'dist', 'zh-cn', 'articles', SLUG, 'index.html'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
