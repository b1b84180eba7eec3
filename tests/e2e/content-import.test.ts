// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir, type ContentSet } from '../../src/content/pipeline/load-content';
import type { Article } from '../../src/domain/article';
import { headingOf, plainTextOf } from '../../src/domain/article-text';
import { htmlLangOf } from '../../src/domain/locales';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../scripts/serve.mjs';
import { browserForThisFile, screenshot } from './support/browser';
import { copyNavigationSlice, NAVIGATION_PAGES, navigationTests } from './real-slice-navigation';

/**
 * A slice of Microsoft's real corpus (the shared checkout beside the project), copied at test time in its
 * published layout, imported with `npm run content:import` and built with CONTENT_DIR: each page shows its
 * title and its first paragraph, in its language. Files are picked for their shapes; two names are copied
 * under the names the README of the corpus warns about (an underscore, double hyphens, and a capitalized
 * twin of a lowercase file), since this checkout of the corpus has none.
 */
const CORPUS = [
  process.env.PARTNER_CENTER_CORPUS,
  '../shared/partner-center-corpus',
  '../../shared/partner-center-corpus',
]
  .filter((candidate): candidate is string => candidate !== undefined)
  .map((candidate) => path.resolve(candidate))
  .find((candidate) => existsSync(path.join(candidate, 'zh-cn', 'partner-center')));

/** `[locale, file in the corpus, name in the slice when it is not the same]`. */
const SLICE: [string, string, string?][] = [
  ['zh-cn', 'customer-communication-from-microsoft.md'],
  ['zh-cn', 'account-structure.md'], // :::image on its own line, a table
  ['zh-cn', 'chip-locate-agreement.md'],
  ['zh-cn', 'chip-faq.yml'], // YamlMime:FAQ
  ['zh-cn', 'competencies-faq.yml'],
  ['zh-cn', 'announcements/2020-october.md'],
  ['zh-cn', 'announcements/index.md'],
  ['zh-cn', 'announcements/TOC.md'], // data
  ['zh-cn', 'azure-expert-msp.md'],
  ['zh-cn', 'azure-expert-msp.md', 'Azure-expert-msp.md'], // one page with the file above
  ['zh-cn', 'customers-revoke-admin-privileges.md', 'customers_revoke_admin_privileges.md'],
  ['zh-cn', 'non-payment-fraud-misuse.md', 'non-payment--fraud--or-misuse.md'],
  ['zh-cn', 'reset-my-pasword.md'],
  ['zh-cn', 'TOC.yml'],
  ['zh-cn', 'index.yml'],
  ['zh-cn', 'docfx.json'], // not a page
  ['zh-cn', 'breadcrumb/toc.yml'], // not a page
  ['de-de', 'customer-communication-from-microsoft.md'],
  ['de-de', 'find-a-partner.md'],
  ['de-de', 'payout-faq.yml'],
  ['de-de', 'announcements/2020-october.md'],
  ['de-de', 'TOC.yml'],
  ['de-de', 'index.yml'],
  ['zh-tw', 'customer-communication-from-microsoft.md'],
  ['zh-tw', 'reset-my-pasword.md'],
  ['zh-tw', 'find-a-partner.md'],
  ['zh-tw', 'announcements/2020-october.md'],
  ['zh-tw', 'account-structure.md'],
  ['zh-tw', 'TOC.yml'],
  ['zh-tw', 'index.yml'],
];

/** The pages checked in the browser: every page of the slice. */
const PAGES: [string, string][] = [
  ['zh-cn', 'customer-communication-from-microsoft'],
  ['zh-cn', 'account-structure'],
  ['zh-cn', 'chip-locate-agreement'],
  ['zh-cn', 'chip-faq'],
  ['zh-cn', 'competencies-faq'],
  ['zh-cn', 'announcements-2020-october'],
  ['zh-cn', 'announcements-index'],
  ['zh-cn', 'azure-expert-msp'],
  ['zh-cn', 'customers_revoke_admin_privileges'],
  ['zh-cn', 'non-payment--fraud--or-misuse'],
  ['zh-cn', 'reset-my-pasword'],
  ['de-de', 'customer-communication-from-microsoft'],
  ['de-de', 'find-a-partner'],
  ['de-de', 'payout-faq'],
  ['de-de', 'announcements-2020-october'],
  ['zh-tw', 'customer-communication-from-microsoft'],
  ['zh-tw', 'reset-my-pasword'],
  ['zh-tw', 'find-a-partner'],
  ['zh-tw', 'announcements-2020-october'],
  ['zh-tw', 'account-structure'],
];
const urlOf = (locale: string, slug: string) => `/${locale}/articles/${slug}`;

let root = '';
let contentDir = '';
let importOutput = '';
let buildOutput = '';
let content: ContentSet;
let server: Server | undefined;
let baseUrl = '';

if (!CORPUS) {
  console.warn('The shared partner-center-corpus is absent beside the project: the slice test is skipped.');
}

describe.skipIf(!CORPUS)('a slice of the real corpus, imported and built', () => {
  const browser = browserForThisFile();

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'content-import-'));
    for (const [locale, file, name = file] of SLICE) {
      const target = path.join(root, 'corpus', locale, 'partner-center', name);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(path.join(CORPUS ?? '', locale, 'partner-center', file), target);
    }
    copyNavigationSlice(CORPUS ?? '', root);
    contentDir = path.join(root, 'content');
    const outDir = path.join(root, 'dist');
    importOutput = execFileSync(
      process.execPath,
      ['scripts/import-content.mjs', path.join(root, 'corpus'), contentDir],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    buildOutput = execFileSync(process.execPath, ['scripts/build.mjs'], {
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        PRERENDER_ONLY: [...PAGES.map(([locale, slug]) => urlOf(locale, slug)), ...NAVIGATION_PAGES].join(
          ',',
        ),
      },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    content = loadContentDir(contentDir);
    server = createSiteServer(outDir) as Server;
    baseUrl = `http://127.0.0.1:${((await listen(server, 0)) as AddressInfo).port}`;
  }, 600_000);

  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const version = (locale: string, slug: string): Article => {
    const article = content.articles.find((item) => item.slug === slug && item.locale === locale);
    if (!article) throw new Error(`the slice has no ${locale} page ${slug}`);
    return article;
  };

  it('imports one of two names that differ only in case, and says which it left out', () => {
    expect(importOutput).toContain(
      'Azure-expert-msp.md: the same page as azure-expert-msp.md (names differ only in case) — not imported',
    );
    expect(importOutput).toContain('not a page: docfx.json');
    expect(importOutput).toContain('not a page: breadcrumb/toc.yml');
  });

  it('prints the build report: every page source builds', () => {
    expect(buildOutput).toMatch(/Content: 38 pages from 25 files, 0 warnings, 0 files skipped/);
  });

  it.each(PAGES)(
    'shows the %s page %s with its title and first paragraph, in its language',
    async (locale, slug) => {
      const article = version(locale, slug);
      const firstParagraph = article.blocks.find((block) => block.type === 'paragraph');
      const expected = firstParagraph?.type === 'paragraph' ? plainTextOf(firstParagraph.children) : '';
      expect(expected.trim()).not.toBe('');
      const context = await browser().newContext();
      const page = await context.newPage();
      await page.goto(baseUrl + urlOf(locale, slug));
      const title = await page.title();
      expect(title.slice(0, article.title.length + 3)).toBe(`${article.title} | `);
      expect(await page.locator('h1').innerText()).toBe(headingOf(article));
      await expect.poll(() => page.locator('article').getAttribute('lang')).toBe(htmlLangOf(locale));
      // What a reader sees: without the sentence links' buttons and the links' screen-reader words.
      const texts = await page.locator('.article-body p').evaluateAll((paragraphs) =>
        paragraphs.map((paragraph) => {
          const copy = paragraph.cloneNode(true) as HTMLElement;
          for (const hidden of copy.querySelectorAll('.visually-hidden, button')) hidden.remove();
          return copy.textContent ?? '';
        }),
      );
      const squash = (text: string) => text.replace(/\s+/g, '');
      expect(texts.map(squash)).toContain(squash(expected));
      await context.close();
    },
  );

  it.each([
    ['zh-cn', 'chip-faq'],
    ['de-de', 'payout-faq'],
    ['zh-tw', 'announcements-2020-october'],
  ])('shows the %s page %s on a phone (screenshot for a person to look at)', async (locale, slug) => {
    const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(baseUrl + urlOf(locale, slug));
    expect(await page.locator('h1').innerText()).toBe(headingOf(version(locale, slug)));
    await screenshot(page, `content-import-${locale}-${slug}-320`);
    await context.close();
  });

  navigationTests({ baseUrl: () => baseUrl, browser, version });

  it('redirects the capitalized name to the page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zh-cn/articles/Azure-expert-msp`);
    await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 30_000 })
      .toBe('/zh-cn/articles/azure-expert-msp');
    await expect
      .poll(() => page.locator('h1').innerText(), { timeout: 30_000 })
      .toBe(headingOf(version('zh-cn', 'azure-expert-msp')));
    await context.close();
  });
});
