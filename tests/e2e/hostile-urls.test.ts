// @vitest-environment node
// XSS vectors through the query parameters, the hash and the path of every route, in Chromium: no dialog,
// no element the clean page lacks, no blank page, no uncaught error. Every vector goes through the
// parameters of every route (three vectors a page load, each in parameters that route reads), through the
// hash on one route and through the path on one route; every vector × parameter × route is checked in
// the URL parser's unit test (tests/domain/url-input/hostile-values.test.ts) and in the server's HTML
// below. One tab per locale navigates through its share of them (about 120 navigations in all), the three
// at once.
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { RouteId } from '../../src/domain/routes';
import { URL_PARAMS } from '../../src/domain/url-input/params';
import { rulesOf } from '../../src/domain/url-input/parse';
import { PAYLOADS } from '../xss-payloads';
import { baseUrl, browserForThisFile } from './support/browser';

// Every parameter of the URL parser's table (src/domain/url-input/params.ts), so a new entry is covered
// at once, plus names other branches add (`q`, `original`) and one no page reads.
const PARAMETERS = [...new Set([...URL_PARAMS.map((rule) => rule.name), 'q', 'original', 'utm_source'])];
const LOCALES = ['en-us', 'zh-cn', 'zh-tw'];
const ROUTES: [RouteId, (locale: string) => string][] = [
  ['home', (locale) => `/${locale}/`],
  ['article', (locale) => `/${locale}/articles/customer-communication-from-microsoft`],
  ['wizard', (locale) => `/${locale}/who-contacts-my-customer`],
];
/** Vectors a page load carries, each in its own parameters. */
const PER_LOAD = 3;

/**
 * The query and hash of one page load of `route` carrying `group`: the parameters the route reads come
 * first, so each vector lands in at least one of them; the route's index picks the vector in the hash, so
 * each vector of a group goes through the hash on some route.
 */
function hostileUrl(base: string, routeIndex: number, group: readonly string[]): string {
  const [id] = ROUTES[routeIndex] ?? ['home'];
  const reads = rulesOf(id);
  const names = [
    ...PARAMETERS.filter((name) => reads.has(name)),
    ...PARAMETERS.filter((name) => !reads.has(name)),
  ];
  if (PARAMETERS.filter((name) => reads.has(name)).length < group.length) {
    throw new Error(`${id} reads fewer than ${group.length} parameters: carry fewer vectors a load`);
  }
  const query = names
    .map((name, index) => `${name}=${encodeURIComponent(group[index % group.length] ?? '')}`)
    .join('&');
  return `${base}?${query}#${encodeURIComponent(group[routeIndex % group.length] ?? '')}`;
}
const SUSPECT = 'script, iframe, object, embed, img, svg, video, audio, form, base, meta[http-equiv], math';

interface Fingerprint {
  /** The URL notices (src/app/url-input): exactly one when the URL had something to drop. */
  notices: number;
  suspects: number;
  handlers: number;
  javascriptLinks: number;
}

const browser = browserForThisFile();
let page: Page;
const dialogs: string[] = [];
const errors: string[] = [];

/** A tab that records its dialogs and uncaught errors. */
async function newTab(): Promise<Page> {
  const tab = await (await browser().newContext()).newPage();
  tab.on('dialog', (dialog) => {
    dialogs.push(`${tab.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  tab.on('pageerror', (error) => errors.push(`${tab.url()}: ${error.message}`));
  return tab;
}

beforeAll(async () => {
  page = await newTab();
});

/** Opens a URL, waits for the app (when the page has it), and returns what matters about the page. */
async function visit(url: string, notice = false, tab = page): Promise<Fingerprint & { main: string }> {
  await tab.goto(baseUrl() + url);
  if (await tab.locator('#app-scripts').count()) {
    await tab.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  }
  // The URL notice loads after the page has rendered (src/app/url-input/UrlInputSlot.tsx).
  if (notice) await tab.waitForSelector('.url-input-notice', { timeout: 10_000 }).catch(() => null);
  return tab.evaluate((suspect) => {
    const all = [...document.querySelectorAll('*')];
    return {
      notices: document.querySelectorAll('.url-input-notice').length,
      suspects: document.querySelectorAll(suspect).length,
      handlers: all.filter((element) =>
        [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
      ).length,
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
      main: document.querySelector('main')?.textContent?.trim() ?? '',
    };
  }, SUSPECT);
}

test(`${PAYLOADS.length} XSS vectors × every parameter, the hash and the path, on every route`, async () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(40);
  const problems: string[] = [];
  const clean = new Map<string, Fingerprint>();
  // Each locale's tab visits the clean pages and payloads of its locale only.
  const lane = async (locale: string, tab: Page) => {
    const payloads = PAYLOADS.filter((_, index) => LOCALES[index % LOCALES.length] === locale);
    const notFound = `/${locale}/no-such-page`;
    const cases: [string, string][] = [];
    for (const [routeIndex, [, route]] of ROUTES.entries()) {
      for (let start = 0; start < payloads.length; start += PER_LOAD) {
        cases.push([
          hostileUrl(route(locale), routeIndex, payloads.slice(start, start + PER_LOAD)),
          route(locale),
        ]);
      }
    }
    // Each vector in the path of one route (a page no route matches: the not-found page).
    for (const [index, payload] of payloads.entries()) {
      const base = ROUTES[index % ROUTES.length]?.[1](locale) ?? notFound;
      cases.push([`${base.replace(/\/$/, '')}/${encodeURIComponent(payload)}`, notFound]);
    }
    for (const [url, reference] of cases) {
      if (!clean.has(reference)) clean.set(reference, await visit(reference, false, tab));
      const seen = await visit(url, url.includes('?'), tab);
      const expected = clean.get(reference) ?? { notices: 0, suspects: 0, handlers: 0, javascriptLinks: 0 };
      if (seen.main.length < 10) problems.push(`blank page: ${url}`);
      if (seen.suspects > expected.suspects) problems.push(`injected element: ${url}`);
      if (seen.handlers > expected.handlers) problems.push(`injected handler: ${url}`);
      if (seen.javascriptLinks > 0) problems.push(`javascript: link: ${url}`);
      // No payload is a valid value of any parameter: the page says once what it dropped.
      if (url.includes('?') && seen.notices !== 1) problems.push(`${seen.notices} URL notices: ${url}`);
    }
  };
  const tabs = [page, await newTab(), await newTab()];
  await Promise.all(LOCALES.map((locale, index) => lane(locale, tabs[index] ?? page)));
  await Promise.all(tabs.slice(1).map((tab) => tab.context().close()));
  expect({ problems, dialogs, errors }).toEqual({ problems: [], dialogs: [], errors: [] });
}, 600_000);

test('the server answers every vector × every parameter and the path of every route without echoing markup', async () => {
  const problems: string[] = [];
  for (const locale of LOCALES) {
    for (const [, route] of ROUTES) {
      for (const payload of PAYLOADS) {
        const encoded = encodeURIComponent(payload);
        // A path no route matches is not found; one with a backslash or a NUL is a bad request.
        const urls: [string, number[]][] = [
          [`${route(locale)}?${PARAMETERS.map((name) => `${name}=${encoded}`).join('&')}`, [200]],
          [`${route(locale).replace(/\/$/, '')}/${encoded}`, [404, 400]],
        ];
        for (const [url, statuses] of urls) {
          const response = await fetch(baseUrl() + url);
          const html = await response.text();
          if (!statuses.includes(response.status)) problems.push(`${response.status}: ${url}`);
          if (/[<>"']/.test(payload) && html.includes(payload)) problems.push(`echoed: ${url}`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});

test.each([
  ['/en-us/a%E2%80%A8b%E2%80%A9c', 'Page not found'],
  ['/zh-cn/a%0Ab', '找不到页面'],
  ['/zh-tw/who-contacts-my-customer/a%0D%E2%80%A8', '找不到網頁'],
])('a path with a line terminator, %s, shows the not-found page', async (url, heading) => {
  errors.length = 0;
  await visit(url);
  expect(await page.locator('main h1').innerText()).toBe(heading);
  expect(errors).toEqual([]);
});

test.each(['#%', '#%E0%A4%A', '#s-%ZZ'])(
  'an article with the malformed hash %s still shows the article',
  async (hash) => {
    errors.length = 0;
    const { main } = await visit(`/en-us/articles/customer-communication-from-microsoft${hash}`);
    expect(await page.locator('main h1').innerText()).toBe(
      'Guidelines for successful customer communication with Microsoft',
    );
    expect(main.length).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  },
);
