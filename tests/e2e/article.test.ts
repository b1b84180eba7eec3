// @vitest-environment node
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sentenceAnchorId, sentenceKeyOf } from '../../src/domain/sentence-key';
import {
  baseUrl,
  expectNoAxeViolations,
  holdRequests,
  openPage,
  pageErrors,
  screenshot,
  browserForThisFile,
  tabsForThisFile,
  waitForApp,
} from './support/browser';
import { ARTICLE, ARTICLE_LOCALES as LOCALES } from './support/article-locales';

const browser = browserForThisFile();
const open = tabsForThisFile(browser);

describe('the article in every locale', () => {
  for (const locale of LOCALES) {
    it(`serves ${locale.id} as prerendered HTML that already holds the article text`, async () => {
      const response = await fetch(`${baseUrl()}/${locale.id}${ARTICLE}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${locale.lang}">`);
      expect(html).toContain(locale.heading);
      expect(html).toContain(locale.sentence);
      expect(html).toContain('hreflang="zh-TW"');
    });

    it(`shows ${locale.id} with its lang, date line and no accessibility violations`, async () => {
      const page = await open(`/${locale.id}${ARTICLE}`);
      await waitForApp(page);
      await expect.poll(() => page.locator('h1').innerText()).toBe(locale.heading);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale.lang);
      expect(await page.locator('article').getAttribute('lang')).toBe(locale.lang);
      expect(await page.locator('.article-meta').innerText()).toContain(locale.date);
      expect(await page.getByText(locale.sentence).count()).toBe(1);
      await expectNoAxeViolations(page);
      await screenshot(page, `article-${locale.id}`);
      expect(pageErrors(page)).toEqual([]);
    });
  }

  it('opens the next-steps article on Microsoft Learn, in the same locale, in a new tab', async () => {
    const page = await open(`/zh-cn${ARTICLE}`);
    const link = page.locator('#next-steps ~ ul a').first();
    expect(await link.getAttribute('href')).toBe(
      'https://learn.microsoft.com/zh-cn/partner-center/customer-self-support',
    );
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
  });

  it('says which version is machine- and which human-translated', async () => {
    const zhCn = await open(`/zh-cn${ARTICLE}`);
    expect(await zhCn.locator('.article-meta').innerText()).toContain('由英文机器翻译');
    const zhTw = await open(`/zh-tw${ARTICLE}`);
    expect(await zhTw.locator('.article-meta').innerText()).toContain('由英文人工翻譯');
  });

  it('requests only the page, its code, its article files and the site icon', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl()}/zh-tw${ARTICLE}`, { waitUntil: 'networkidle' });
    await waitForApp(page);
    expect(requested[0]).toBe(`/zh-tw${ARTICLE}`);
    // Code under /assets/, the article's own files under /content/<slug>/, the site's icon.
    const others = requested.slice(1).filter((pathname) => !/^\/(assets|content)\//.test(pathname));
    expect([...new Set(others)]).toEqual(['/favicon.svg']);
    // The icon is a valid image: the browser decodes it (decode() rejects a broken one).
    const icon = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      if (!link) return null;
      const image = new Image();
      image.src = link.href;
      const decoded = await image.decode().then(
        () => image.naturalWidth > 0,
        () => false,
      );
      return { path: new URL(link.href).pathname, type: link.type, decoded };
    });
    expect(icon).toEqual({ path: '/favicon.svg', type: 'image/svg+xml', decoded: true });
    await context.close();
  });
});

describe('the locale switcher', () => {
  it('keeps the page, the query and the #hash, and switches without a full page load', async () => {
    const page = await open(`/en-us${ARTICLE}?ref=ticket#next-steps`);
    await waitForApp(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: '中文（台灣）' })
      .click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Microsoft 的客戶通訊');
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/zh-tw${ARTICLE}`);
    expect(url.search).toBe('?ref=ticket');
    expect(url.hash).toBe('#next-steps');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    // The title follows in the frame after the new page (it is not on screen).
    await expect.poll(() => page.title()).toContain('Microsoft 的客戶通訊');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toContain(`/zh-tw${ARTICLE}`);
    await screenshot(page, 'switched-to-zh-tw');
  });

  it('updates the article in place to exactly what a fresh load of the other locale shows', async () => {
    /** What a reader gets: the text, and every id and lang in the article. */
    const articleOf = (page: Page) =>
      page.locator('article').evaluate((article) => ({
        text: (article as HTMLElement).innerText,
        ids: [...article.querySelectorAll('[id]')].map((element) => element.id),
        langs: [...article.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang')),
      }));
    const fresh = new Map<string, Awaited<ReturnType<typeof articleOf>>>();
    for (const { id } of LOCALES) {
      const page = await open(`/${id}${ARTICLE}`);
      await waitForApp(page);
      fresh.set(id, await articleOf(page));
    }
    const page = await open(`/en-us${ARTICLE}`);
    await waitForApp(page);
    // Every ordered pair of locales, as switches in one page.
    for (const id of ['zh-tw', 'zh-cn', 'en-us', 'zh-cn', 'zh-tw', 'en-us']) {
      const target = LOCALES.find((locale) => locale.id === id);
      await page.locator(`nav[aria-label] a[lang="${target?.lang}"]`).click();
      await expect.poll(() => page.locator('h1').innerText()).toBe(target?.heading);
      expect(await articleOf(page), `switched to ${id}`).toEqual(fresh.get(id));
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('keeps a linked sentence highlighted, in the new locale’s words', async () => {
    const id = sentenceAnchorId(sentenceKeyOf(LOCALES[0].sentence));
    const page = await open(`/en-us${ARTICLE}#${id}`);
    await waitForApp(page);
    const highlighted = page.locator('.sentence[data-highlighted]');
    await expect.poll(() => highlighted.innerText()).toBe(LOCALES[0].sentence);
    for (const locale of [LOCALES[2], LOCALES[1]]) {
      await page.locator(`nav[aria-label] a[lang="${locale.lang}"]`).click();
      await expect.poll(() => highlighted.innerText()).toBe(locale.sentence);
      expect(await highlighted.count()).toBe(1);
      expect(await highlighted.getAttribute('id')).toBe(id);
    }
  });

  it('keeps the page on screen while a locale still on its way arrives, then shows it whole', async () => {
    const page = await openPage(browser(), `/en-us${ARTICLE}`);
    // The Chinese article takes a while to arrive (a slow network, or a click before the page is idle).
    const release = await holdRequests(page, /\/content\/[^/]+\/zh-cn\.js$/);
    await waitForApp(page);
    await page.evaluate(() => {
      const seen = [document.querySelector('h1')?.textContent ?? '(no heading)'];
      Object.assign(window, { sameDocument: true, headingsSeen: seen });
      new MutationObserver(() => {
        const heading = document.querySelector('h1')?.textContent ?? '(no heading)';
        if (seen.at(-1) !== heading) seen.push(heading);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('nav[aria-label] a[lang="zh-CN"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/zh-cn${ARTICLE}`);
    await release.requested;
    // Asserts that nothing happens: React reveals a Suspense fallback at most 300 ms after it suspends.
    await page.waitForTimeout(300);
    expect(await page.locator('h1').innerText()).toBe(LOCALES[0].heading);
    release();
    await expect.poll(() => page.locator('h1').innerText()).toBe(LOCALES[1].heading);
    // Never a blank page or a half-switched one on the way: the English page, then the Chinese one.
    const headingsSeen = await page.evaluate(
      () => (window as unknown as { headingsSeen: string[] }).headingsSeen,
    );
    expect(headingsSeen).toEqual([LOCALES[0].heading, LOCALES[1].heading]);
    expect(await page.locator('article').getAttribute('lang')).toBe('zh-CN');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('loads the other locale as a page when its code cannot be fetched', async () => {
    // Refused before the page loads: once loaded, it fetches the other locales when idle.
    const page = await (await browser().newContext()).newPage();
    await page.route(/\/content\/[^/]+\/zh-tw\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}/en-us${ARTICLE}`);
    await waitForApp(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.locator('nav[aria-label] a[lang="zh-TW"]').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(LOCALES[2].heading);
    // A page load of the prerendered zh-tw page, not a blank app.
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      undefined,
    );
    expect(new URL(page.url()).pathname).toBe(`/zh-tw${ARTICLE}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    await page.context().close();
  });

  for (const width of [1024, 600]) {
    it(`keeps every language link where it was when the language changes, ${width} px wide`, async () => {
      const page = await open(`/en-us${ARTICLE}`, { viewport: { width, height: 800 } });
      await waitForApp(page);
      const boxes = () =>
        page
          .locator('nav[aria-label] a')
          .evaluateAll((links) => links.map((link) => JSON.stringify(link.getBoundingClientRect().toJSON())));
      const before = await boxes();
      for (const locale of [LOCALES[1], LOCALES[2], LOCALES[0]]) {
        await page.locator(`nav[aria-label] a[lang="${locale.lang}"]`).click();
        await expect.poll(() => page.locator('h1').innerText()).toBe(locale.heading);
        expect(await boxes(), `in ${locale.id}`).toEqual(before);
      }
    });
  }

  it('fetches the other locales once idle, so a switch then needs no network', async () => {
    const page = await openPage(browser(), `/en-us${ARTICLE}`);
    await waitForApp(page);
    const fetched = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      );
    await expect
      .poll(
        async () => (await fetched()).filter((path) => /\/content\/[^/]+\/zh-(cn|tw)\.js$/.test(path)).length,
        {
          timeout: 10_000,
        },
      )
      .toBe(2);
    // Only code and data (and the site icon): no other page was fetched for it.
    const others = (await fetched()).filter((path) => !/^\/(assets|content)\//.test(path));
    expect(others.filter((path) => path !== '/favicon.svg')).toEqual([]);
    await page.context().setOffline(true);
    await page.locator('nav[aria-label] a[lang="zh-TW"]').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Microsoft 的客戶通訊');
    expect(new URL(page.url()).pathname).toBe(`/zh-tw${ARTICLE}`);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('is usable with the keyboard alone', async () => {
    const page = await open(`/en-us/`);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    let reached = false;
    for (let step = 0; step < 8 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent)) === '中文（中国）';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(new URL(page.url()).pathname).toBe('/zh-cn/');
  });

  it('remembers the choice: "/" then opens the chosen locale', async () => {
    const page = await open(`/en-us/`, { locale: 'en-US' });
    await waitForApp(page);
    await page.getByRole('link', { name: '中文（中国）' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/zh-cn/');
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/zh-cn/');
  });

  it('still switches when the browser refuses storage', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl()}/zh-cn${ARTICLE}`);
    await waitForApp(page);
    await page.getByRole('link', { name: 'English (United States)' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(LOCALES[0].heading);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the root URL', () => {
  const cases = [
    { languages: 'zh-HK', expected: '/zh-tw/' },
    { languages: 'zh-MO', expected: '/zh-tw/' },
    { languages: 'zh-TW', expected: '/zh-tw/' },
    { languages: 'zh-SG', expected: '/zh-cn/' },
    { languages: 'zh', expected: '/zh-cn/' },
    { languages: 'fr-FR', expected: '/en-us/' },
  ];
  for (const { languages, expected } of cases) {
    it(`sends a browser set to ${languages} to ${expected}`, async () => {
      const page = await open('/?from=portal', { locale: languages });
      // The root page redirects once its script has run: on a busy machine that can take seconds.
      await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe(expected);
      expect(new URL(page.url()).search).toBe('?from=portal');
    });
  }
});

const NOT_FOUND: Record<string, string> = {
  'en-us': 'Page not found',
  'zh-cn': '找不到页面',
  'zh-tw': '找不到網頁',
};

describe('bad URLs', () => {
  it('shows a localized not-found page, with a 404 status, for an unknown page in a known locale', async () => {
    const response = await fetch(`${baseUrl()}/zh-cn/articles/no-such-article`);
    expect(response.status).toBe(404);
    const page = await open('/zh-cn/articles/no-such-article');
    await waitForApp(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe('找不到页面');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect
      .poll(() => page.getByRole('link', { name: '客户与 Microsoft 成功通信的准则' }).count())
      .toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'not-found-zh-cn');
  });

  it.for(['en-us', 'zh-cn', 'zh-tw'])(
    'asks for no file of the article that does not exist on its %s not-found page',
    async (locale) => {
      const page = await open(`/${locale}/articles/no-such-article`);
      await waitForApp(page);
      // The page is done: its list of every article (the lazily loaded catalog) is there.
      await expect.poll(() => page.locator('main li a[href*="/articles/"]').count()).toBeGreaterThan(0);
      // What this document asked for, answered from the tab's cache or not (a 404 is listed too).
      const requested = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      );
      expect(requested.filter((path) => path.startsWith('/assets/')).length).toBeGreaterThan(0);
      expect(requested.filter((path) => path.startsWith('/content/no-such-article/'))).toEqual([]);
      expect(await page.locator('h1').innerText()).toBe(NOT_FOUND[locale]);
    },
  );

  it('explains an unknown locale and links to the ones that exist, in the visitor’s language', async () => {
    const page = await open(`/fr-fr${ARTICLE}`, { locale: 'zh-TW' });
    await waitForApp(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe('找不到網頁');
    expect(await page.locator('main').innerText()).toContain('fr-fr');
    for (const name of ['English (United States)', '中文（中国）', '中文（台灣）']) {
      expect(await page.locator('main').getByRole('link', { name }).count()).toBe(1);
    }
    await expectNoAxeViolations(page);
    await screenshot(page, 'unknown-locale');
  });

  it('renders the shared not-found page for the path it is served for, without a hydration error', async () => {
    // The neutral 404 page is prerendered once, for a probe path, in English: an English-speaking visitor
    // at another unknown path must get that path's page, not a mismatch React has to recover from.
    for (const path of [`/fr-fr${ARTICLE}`, '/nope']) {
      const page = await open(path, { locale: 'en-US' });
      await waitForApp(page);
      await expect.poll(() => page.locator('h1').innerText()).toBe('Page not found');
      if (path.startsWith('/fr-fr')) expect(await page.locator('main').innerText()).toContain('fr-fr');
      expect(pageErrors(page)).toEqual([]);
    }
  });

  it('redirects a locale written in another case to the canonical one', async () => {
    const page = await open(`/zh-TW${ARTICLE}#next-steps`);
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/zh-tw${ARTICLE}`);
    expect(new URL(page.url()).hash).toBe('#next-steps');
  });

  it('shows markup in the URL as text, never as HTML', async () => {
    const hostile = '/%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E/articles/x';
    const page = await open(hostile);
    await waitForApp(page);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main').innerText()).toContain('<img src=x');
  });
});

describe('layout', () => {
  it('fits a 320 px wide screen without horizontal scrolling, in Chinese too', async () => {
    for (const locale of ['zh-tw', 'en-us']) {
      const page = await open(`/${locale}${ARTICLE}`, {
        viewport: { width: 320, height: 640 },
      });
      await waitForApp(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await screenshot(page, `article-${locale}-320px`);
    }
  });

  it('follows a dark colour scheme and stays accessible', async () => {
    const page = await open(`/zh-cn${ARTICLE}`, { colorScheme: 'dark' });
    await waitForApp(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await expectNoAxeViolations(page);
    await screenshot(page, 'article-zh-cn-dark');
  });
});
