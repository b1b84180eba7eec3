// @vitest-environment node
// Every route in every locale under the production headers (strict CSP with Trusted Types): no
// `securitypolicyviolation`, and the page hydrates; with JavaScript off the article is still there.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, browserForThisFile, screenshot } from './support/browser';

const LOCALES = ['en-us', 'zh-cn', 'zh-tw'];
const ARTICLE = (locale: string) => `/${locale}/articles/customer-communication-from-microsoft`;
const ROUTES = (locale: string) => [
  `/${locale}/`,
  ARTICLE(locale),
  `${ARTICLE(locale)}#next-steps`,
  `/${locale}/?cloud=partner-center&role=helpdesk-agent`,
  `/${locale}/who-contacts-my-customer`,
  `/${locale}/who-contacts-my-customer?cloud=partner-center`,
  `/${locale}/who-contacts-my-customer?cloud=partner-center&topic=incident`,
  `/${locale}/no-such-page`,
];

const browser = browserForThisFile();
let context: BrowserContext;
let page: Page;
const violations: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  context = await browser().newContext();
  // Listening from before the first script: a blocked inline script reports while the page parses.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`;
      (window as unknown as { __violations: string[] }).__violations.push(report);
    });
    (window as unknown as { __violations: string[] }).__violations = [];
  });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type|Permissions-Policy/i.test(message.text()))
      violations.push(message.text());
  });
});

describe.each(LOCALES)('%s', (locale) => {
  test('every route hydrates with no CSP violation', async () => {
    for (const route of ['/', ...ROUTES(locale)]) {
      errors.length = 0;
      const response = await page.goto(baseUrl() + route);
      // A hash-only change is a same-document navigation: no response.
      if (response)
        expect(response.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      const reported = await page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      );
      expect({ route, reported, console: violations, errors }).toEqual({
        route,
        reported: [],
        console: [],
        errors: [],
      });
      expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(10);
    }
  });

  test('refused requests show the help center page, with no CSP violation', async () => {
    const response = await page.goto(`${baseUrl()}/${locale}/?q=${'x'.repeat(20_000)}`);
    expect(response?.status()).toBe(431);
    const heading = { 'en-us': 'This address is too long', 'zh-cn': '此地址太长', 'zh-tw': '此位址太長' }[
      locale
    ];
    await expect.poll(() => page.locator('h1').innerText()).toBe(heading);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    if (locale === 'zh-cn') await screenshot(page, 'security-431-zh-cn');
    const notFound = await page.goto(`${baseUrl()}/${locale}/nope`);
    expect(notFound?.status()).toBe(404);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    if (locale === 'zh-cn') await screenshot(page, 'security-404-zh-cn');
  });

  test('with JavaScript off the article shows its text', async () => {
    await page.goto(baseUrl() + ARTICLE(locale));
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const heading = await page.locator('main h1').innerText();
    const text = await page.locator('main').innerText();
    const off = await browser().newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(baseUrl() + ARTICLE(locale));
    expect(await still.locator('main h1').innerText()).toBe(heading);
    // The same article text as the hydrated page (the script only adds interactivity).
    expect(await still.locator('main').innerText()).toBe(text);
    expect(text.length).toBeGreaterThan(300);
    await off.close();
  });

  test('the locale and slug in other case, without JavaScript: one permanent redirect to the page', async () => {
    const off = await browser().newContext({ javaScriptEnabled: false });
    const reader = await off.newPage();
    await reader.goto(baseUrl() + ARTICLE(locale));
    const heading = await reader.locator('main h1').innerText();
    const typed = `/${locale.toUpperCase()}/articles/Customer-Communication-From-Microsoft?cloud=partner-center`;
    const response = await reader.goto(baseUrl() + typed);
    expect(response?.request().redirectedFrom()?.url()).toBe(baseUrl() + typed);
    expect((await response?.request().redirectedFrom()?.response())?.status()).toBe(301);
    expect(reader.url()).toBe(`${baseUrl()}${ARTICLE(locale)}?cloud=partner-center`);
    expect(await reader.locator('main h1').innerText()).toBe(heading);
    await off.close();
  });
});

test('the English 431 page links the other languages', async () => {
  await page.goto(`${baseUrl()}/?q=${'x'.repeat(20_000)}`);
  await screenshot(page, 'security-431-en-us');
  await expect.poll(() => page.locator('h1').innerText()).toBe('This address is too long');
  expect(await page.locator('a[hreflang="zh-CN"]').getAttribute('href')).toBe('/zh-cn/');
  expect(await page.locator('a[hreflang="zh-TW"]').getAttribute('href')).toBe('/zh-tw/');
});
