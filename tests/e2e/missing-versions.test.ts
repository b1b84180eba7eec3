// @vitest-environment node
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../scripts/serve.mjs';
import {
  browserForThisFile,
  expectNoAxeViolations,
  lastResponse,
  pageErrors,
  tabsForThisFile,
  waitForApp,
} from './support/browser';
import { WIDGETS, sharedBuild } from './support/shared-build';
import { readBuilt } from '../../scripts/server/built-file.mjs';

/**
 * Missing versions are explained, never a dead end. Builds the project's article plus two fixture articles
 * that exist in some locales only (`widget-guidelines`: en-us and cs-cz; `plain-widgets`: de-de only; the
 * build partial-locales.test.ts reads too) and serves that build as `npm start` does.
 */
let outDir: string;
let server: Server;
let origin: string;
const browser = browserForThisFile();

beforeAll(async () => {
  ({ outDir } = await sharedBuild('widgets', WIDGETS));
  server = createSiteServer(outDir) as Server;
  const address = (await listen(server, 0)) as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
}, 300_000);

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

const tab = tabsForThisFile(browser, { site: () => origin });

async function open(url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await tab(url, options);
  expect(lastResponse(page)?.status(), url).toBe(200);
  return page;
}

/** A page in a context of its own, for a test that changes its colour scheme. */
async function openAlone(url: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser().newContext(options);
  const page = await context.newPage();
  expect((await page.goto(origin + url))?.status(), url).toBe(200);
  return page;
}

const SHOT_DIR = 'tests/e2e/__screenshots__';

/** What each locale's page says for an article it lacks (`plain-widgets` exists in German only). */
const NOT_AVAILABLE: Record<string, { title: string; noDate: string }> = {
  'en-us': { title: 'This article is not available in American English', noDate: 'no review date' },
  'zh-cn': { title: '本文没有中文（中国）版本', noDate: '未注明审阅日期' },
  'zh-tw': { title: '本文沒有中文（台灣）版本', noDate: '未註明審閱日期' },
  // No UI strings for Czech yet: the sentence is English, and names Czech in English.
  'cs-cz': { title: 'This article is not available in Czech (Czechia)', noDate: 'no review date' },
};

describe('an article URL in a locale the article lacks', () => {
  for (const [locale, expected] of Object.entries(NOT_AVAILABLE)) {
    it(`says so in ${locale} without JavaScript, and links to the version that exists`, async () => {
      const page = await open(`/${locale}/articles/plain-widgets`, { javaScriptEnabled: false });
      await expect(page.locator('h1').textContent()).resolves.toBe(expected.title);
      await expect(page.title()).resolves.toContain(expected.title);
      const versions = page.locator('.not-available-versions');
      const german = versions.getByRole('link', { name: /Deutsch \(Deutschland\)/ });
      await expect(german.getAttribute('href')).resolves.toBe('/de-de/articles/plain-widgets');
      await expect(german.getAttribute('lang')).resolves.toBe('de-DE');
      await expect(german.textContent()).resolves.toContain('Grundlagen der Widgets');
      // The German file gives no date: said so, in the reader's language.
      await expect(versions.locator('li').textContent()).resolves.toContain(expected.noDate);
    });
  }

  it('names every version with its language and review date (zh-cn, two versions)', async () => {
    const page = await open('/zh-cn/articles/widget-guidelines', { javaScriptEnabled: false });
    await expect(page.locator('h1').textContent()).resolves.toBe('本文没有中文（中国）版本');
    const items = page.locator('.not-available-versions li');
    await expect(items.count()).resolves.toBe(2);
    const english = items.nth(0);
    await expect(english.getByRole('link').getAttribute('href')).resolves.toBe(
      '/en-us/articles/widget-guidelines',
    );
    await expect(english.textContent()).resolves.toMatch(
      /^English \(United States\)Guidelines for using widgets/,
    );
    await expect(english.locator('time').getAttribute('datetime')).resolves.toBe('2021-03-14');
    await expect(english.textContent()).resolves.toContain('上次审阅日期：2021年3月14日');
    await expect(items.nth(1).getByRole('link').getAttribute('href')).resolves.toBe(
      '/cs-cz/articles/widget-guidelines',
    );
    await expect(items.nth(1).textContent()).resolves.toMatch(/^čeština \(Česko\)小部件使用准则/);
  });

  it('is prerendered for every locale the article lacks, never for one it has', () => {
    const file = (locale: string, slug: string) =>
      readBuilt(path.join(outDir, locale, 'articles', slug, 'index.html'), 'utf8');
    for (const locale of ['en-us', 'zh-cn', 'zh-tw', 'cs-cz'])
      expect(file(locale, 'plain-widgets'), locale).toContain('class="not-available"');
    expect(file('de-de', 'plain-widgets')).not.toContain('class="not-available"');
    expect(file('cs-cz', 'widget-guidelines')).not.toContain('class="not-available"');
  });

  it('opens in place from the locale switcher, which marks the languages the article lacks', async () => {
    const page = await open('/cs-cz/articles/widget-guidelines');
    await waitForApp(page);
    const switcher = page.getByRole('navigation', { name: 'Language' });
    // On this article: English and Czech exist; the three others are marked in words.
    for (const name of ['中文（中国）', '中文（台灣）', 'Deutsch (Deutschland)']) {
      await expect(
        switcher.getByRole('link', { name: `${name} (not in this language)` }).count(),
      ).resolves.toBe(1);
    }
    await expect(
      switcher.getByRole('link', { name: 'English (United States)', exact: true }).count(),
    ).resolves.toBe(1);
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await switcher.getByRole('link', { name: /^中文（中国）/ }).click();
    await page.waitForURL(/\/zh-cn\/articles\/widget-guidelines$/);
    // The not-available page is a chunk of its own, loaded once the article's index says so.
    await expect.poll(() => page.locator('h1').textContent()).toBe('本文没有中文（中国）版本');
    await expect(page.evaluate(() => 'notReloaded' in window)).resolves.toBe(true);
    // The zh-cn switcher says it in Chinese.
    await expect(
      page
        .getByRole('navigation', { name: '语言' })
        .getByRole('link', { name: /^Deutsch \(Deutschland\)\s*（无此语言版本）$/ })
        .count(),
    ).resolves.toBe(1);
    // Five languages' links wrap beside the site name, which keeps its one line (axe's target size found it
    // squeezed into a column one character wide).
    const siteName = await page.getByRole('link', { name: '客户通信帮助中心' }).boundingBox();
    expect(siteName?.height).toBeLessThan(40);
    await expectNoAxeViolations(page);
    expect(pageErrors(page)).toEqual([]);
  });

  it('marks, on the project’s article, only the languages it lacks', async () => {
    const page = await open('/zh-tw/articles/customer-communication-from-microsoft');
    await waitForApp(page);
    const switcher = page.getByRole('navigation', { name: '語言' });
    await expect(
      switcher.getByRole('link', { name: 'English (United States)', exact: true }).count(),
    ).resolves.toBe(1);
    await expect(
      switcher.getByRole('link', { name: /^čeština \(Česko\)\s*（無此語言版本）$/ }).count(),
    ).resolves.toBe(1);
    await expect(
      switcher.getByRole('link', { name: /^Deutsch \(Deutschland\)\s*（無此語言版本）$/ }).count(),
    ).resolves.toBe(1);
  });
});

describe('the home page’s list', () => {
  const HOME: Record<string, { own: string; others: string }> = {
    'en-us': { own: 'Guidelines for using widgets', others: 'In other languages' },
    'zh-cn': { own: '客户与 Microsoft 成功通信的准则', others: '其他语言的文章' },
  };
  for (const [locale, expected] of Object.entries(HOME)) {
    it(`lists the articles in ${locale} first, then the others marked with their language`, async () => {
      const page = await open(`/${locale}/`, { javaScriptEnabled: false });
      const list = page.locator('.article-list');
      const headings = await list.locator('h2, h3, h4').allTextContents();
      // The other languages' cards sit one level below their group's heading.
      await expect(list.locator('h4', { hasText: 'Grundlagen der Widgets' }).count()).resolves.toBe(1);
      const othersAt = headings.indexOf(expected.others);
      expect(othersAt, headings.join(' | ')).toBeGreaterThan(0);
      expect(headings.slice(1, othersAt)).toContain(expected.own);
      const german = list.locator('li.card', { hasText: 'Grundlagen der Widgets' });
      await expect(german.getAttribute('lang')).resolves.toBe('de-DE');
      await expect(german.locator('.card-language span[lang="de-DE"]').textContent()).resolves.toBe(
        'Deutsch (Deutschland)',
      );
      expect(headings.indexOf('Grundlagen der Widgets')).toBeGreaterThan(othersAt);
    });
  }

  it('keeps the list once the page has hydrated (its data loads after the first paint)', async () => {
    const page = await open('/zh-cn/');
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.article-list li.card').count()).resolves.toBe(3);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('screenshots (looked at by a person)', () => {
  it('of the not-available page and the home list at 320 px, light and dark', async () => {
    mkdirSync(SHOT_DIR, { recursive: true });
    for (const locale of ['zh-cn', 'en-us']) {
      const shots: [string, string][] = [
        ['not-available', `/${locale}/articles/plain-widgets`],
        ['home-list', `/${locale}/`],
      ];
      for (const [name, url] of shots) {
        // One load per page, shown in each colour scheme in turn (the styles follow the scheme alone).
        const page = await openAlone(url, { viewport: { width: 320, height: 640 } });
        await waitForApp(page);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.screenshot({
            path: `${SHOT_DIR}/${name}-${locale}-${colorScheme}-320.png`,
            fullPage: true,
          });
        }
        await page.context().close();
      }
    }
  }, 120_000);
});
