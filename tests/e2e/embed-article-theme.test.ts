// @vitest-environment node
// An embedded article is one prerendered page for every theme: `?embed=1&theme=dark` is served the
// `?embed=1` page, whose pre-paint script (allowed by its hash in the CSP) sets the URL's theme before the
// first paint; the app then renders the theme into the page and its links.
import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_LOCALES } from './support/article-locales';
import type { Page } from 'playwright-core';
import { baseUrl, browserForThisFile, tabsForThisFile, waitForApp } from './support/browser';

const browser = browserForThisFile();

/** Console messages about the Content Security Policy or Trusted Types, each tab's since its last load. */
const violationsOf = new Map<Page, string[]>();

function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * Without the app's scripts, only the prerendered HTML and its inline scripts can set the colours: these
 * tabs (one per system colour scheme) never load the app's code.
 */
const tabWithoutApp = tabsForThisFile(browser, {
  onNewTab: async (page) => {
    violationsOf.set(page, watchViolations(page));
    await page.route(/\/assets\/[^?]*\.js(\?|$)/, (route) => route.abort());
  },
});

async function openWithoutApp(path: string, system: 'light' | 'dark') {
  for (const violations of violationsOf.values()) violations.length = 0;
  const page = await tabWithoutApp(path, { colorScheme: system, viewport: { width: 320, height: 800 } });
  return { page, violations: violationsOf.get(page) ?? [] };
}

const colorScheme = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);

describe('an embedded article’s theme', () => {
  it('paints the URL’s theme over the system’s before the app’s scripts run, in every locale', async () => {
    for (const locale of ARTICLE_LOCALES) {
      for (const [theme, system] of [
        ['dark', 'light'],
        ['light', 'dark'],
      ] as const) {
        const { page, violations } = await openWithoutApp(
          `/${locale.id}${ARTICLE}?cloud=partner-center&embed=1&theme=${theme}`,
          system,
        );
        expect(await page.locator('h1').textContent()).toBe(locale.heading);
        // The one embedded page of the article, whatever the theme and filter.
        expect(await page.locator('#root').getAttribute('data-prerendered-search')).toBe('?embed=1');
        expect(await colorScheme(page)).toBe(theme);
        expect(violations).toEqual([]);
      }
    }
  });

  it('is one page for every theme on home and wizard pages too, painted in the URL’s theme', async () => {
    for (const [path, prerendered] of [
      ['/zh-tw/?cloud=germany&embed=1&theme=dark', '?cloud=germany&embed=1'],
      ['/zh-cn/who-contacts-my-customer?cloud=germany&embed=1&theme=dark', '?cloud=germany&embed=1'],
      ['/en-us/?embed=1&theme=light', '?embed=1'],
    ] as const) {
      const theme = path.endsWith('dark') ? 'dark' : 'light';
      const { page, violations } = await openWithoutApp(path, theme === 'dark' ? 'light' : 'dark');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('#root').getAttribute('data-prerendered-search')).toBe(prerendered);
      expect(await colorScheme(page)).toBe(theme);
      expect(violations).toEqual([]);
    }
  });

  it('keeps the system’s colours when the URL names no theme or one that is not a theme', async () => {
    for (const query of ['?embed=1', '?embed=1&theme=purple', '?theme=dark']) {
      const { page } = await openWithoutApp(`/zh-tw${ARTICLE}${query}`, 'dark');
      expect(await page.locator('h1').textContent()).toBe(ARTICLE_LOCALES[2].heading);
      // `light dark`: the palette's light-dark() follows the reader's system.
      expect(await colorScheme(page)).toBe('light dark');
    }
  });

  it('is rendered into the page and every link once the app runs, in zh-cn', async () => {
    const context = await browser().newContext({
      colorScheme: 'dark',
      viewport: { width: 320, height: 800 },
    });
    const page = await context.newPage();
    const violations = watchViolations(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl()}/zh-cn${ARTICLE}?embed=1&theme=light`);
    await waitForApp(page);
    await page.locator('.embed-page[data-theme="light"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe(ARTICLE_LOCALES[1].heading);
    expect(await colorScheme(page)).toBe('light');
    const hrefs = await page
      .locator('.embed-page a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/[?&]embed=1&theme=light(#|$)/);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
