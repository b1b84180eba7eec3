// @vitest-environment node
// XSS vectors through every query parameter, the hash and the path of every route, in Chromium: no dialog,
// no element the clean page lacks, no blank page, no uncaught error. One tab per locale navigates through
// its share of them (about 250 navigations in all), the three at once.
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { URL_PARAMS } from '../../src/domain/url-input/params';
import { baseUrl, browserForThisFile } from './support/browser';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '</title><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<base href="//evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%253Cscript%253Ealert(1)%253C%252Fscript%253E',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '__proto__',
  '__proto__[polluted]=1',
  'constructor',
  'toString',
  '\u2028\u2029<script>alert(1)</script>',
  'a\nb\rc',
  '\u0000<script>alert(1)</script>',
  '\u202e<img src=x onerror=alert(1)>',
  '\ufeff\u200b<svg onload=alert(1)>',
  '<'.repeat(300),
  `${'A'.repeat(1500)}<script>alert(1)</script>`,
];
// Every parameter of the URL parser's table (src/domain/url-input/params.ts), so a new entry is covered
// at once, plus names other branches add (`q`, `original`) and one no page reads.
const PARAMETERS = [...new Set([...URL_PARAMS.map((rule) => rule.name), 'q', 'original', 'utm_source'])];
const LOCALES = ['en-us', 'zh-cn', 'zh-tw'];
const ROUTES = [
  (locale: string) => `/${locale}/`,
  (locale: string) => `/${locale}/articles/customer-communication-from-microsoft`,
  (locale: string) => `/${locale}/who-contacts-my-customer`,
];
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
    for (const payload of PAYLOADS.filter((_, index) => LOCALES[index % LOCALES.length] === locale)) {
      for (const route of ROUTES) {
        const base = route(locale);
        const notFound = `/${locale}/no-such-page`;
        for (const path of [base, notFound]) {
          if (!clean.has(path)) clean.set(path, await visit(path, false, tab));
        }
        const encoded = encodeURIComponent(payload);
        const query = PARAMETERS.map((name) => `${name}=${encoded}`).join('&');
        const cases: [string, string][] = [
          [`${base}?${query}#${encoded}`, base],
          [`${base.replace(/\/$/, '')}/${encoded}`, notFound],
        ];
        for (const [url, reference] of cases) {
          const seen = await visit(url, url.includes('?'), tab);
          const expected = clean.get(reference) ?? {
            notices: 0,
            suspects: 0,
            handlers: 0,
            javascriptLinks: 0,
          };
          if (seen.main.length < 10) problems.push(`blank page: ${url}`);
          if (seen.suspects > expected.suspects) problems.push(`injected element: ${url}`);
          if (seen.handlers > expected.handlers) problems.push(`injected handler: ${url}`);
          if (seen.javascriptLinks > 0) problems.push(`javascript: link: ${url}`);
          // No payload is a valid value of any parameter: the page says once what it dropped.
          if (url.includes('?') && seen.notices !== 1) problems.push(`${seen.notices} URL notices: ${url}`);
        }
      }
    }
  };
  const tabs = [page, await newTab(), await newTab()];
  await Promise.all(LOCALES.map((locale, index) => lane(locale, tabs[index] ?? page)));
  await Promise.all(tabs.slice(1).map((tab) => tab.context().close()));
  expect({ problems, dialogs, errors }).toEqual({ problems: [], dialogs: [], errors: [] });
}, 600_000);

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
