import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Page,
  type Response,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
// @ts-expect-error -- plain ESM script shared with the bench
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

export const baseUrl = () => inject('baseUrl');

function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  });
}

/**
 * One Chromium for the calling test file: launched before its tests, closed after them. Call it at the top
 * level of the file and read the browser inside the tests.
 */
export function browserForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browserForThisFile(): the browser is read outside a test');
    return browser;
  };
}

/** A page in a fresh context (axe-core needs pages from `browser.newContext()`). */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await newWatchedPage(browser, { viewport: DEFAULT_VIEWPORT, ...options });
  await page.goto(baseUrl() + path);
  return page;
}

const DEFAULT_VIEWPORT = { width: 1024, height: 800 };

/** A page in a new context whose uncaught errors `pageErrors` reads. */
async function newWatchedPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

interface TabOptions {
  site?: () => string;
  onNewTab?: (page: Page) => Promise<unknown>;
}

/** Opens a path in one of the file's shared tabs (see `tabsForThisFile`). */
export type OpenTab = (path: string, options?: BrowserContextOptions) => Promise<Page>;

/**
 * Tabs for tests that only read what pages show: one per set of context options, kept open across the
 * file's tests, each `open` a fresh document in it. A page in a context of its own costs a new renderer,
 * an empty HTTP cache and cold code: 2.3 CPU-s a page here against 0.5 for a load in an open tab (15 pages,
 * measured twice each way), and `npm test` is bound by its CPU. Before the next load the tab's last page
 * settles (its network quiet, so the test's own requests are not cut short) and the site's
 * storage and cookies are cleared, so no test sees what another chose. Tests that intercept requests, add
 * init scripts, resize the viewport or close the context open their own page (`openPage`). `site`: where
 * paths point (the run's build by default); `onNewTab` watches a tab once, as it opens.
 */
export function tabsForThisFile(
  browser: () => Browser,
  { site = baseUrl, onNewTab = async () => {} }: TabOptions = {},
): OpenTab {
  const tabs = new Map<string, Page>();
  afterAll(async () => {
    for (const tab of tabs.values()) await tab.context().close();
    tabs.clear();
  });
  return async (path, options = {}) => {
    const contextOptions = { viewport: DEFAULT_VIEWPORT, ...options };
    const key = JSON.stringify(contextOptions);
    let tab = tabs.get(key);
    if (tab) {
      await tab.waitForLoadState('networkidle');
      await tab.context().clearCookies();
      // With JavaScript off the site writes no storage: nothing to clear.
      if (contextOptions.javaScriptEnabled !== false)
        await tab.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      pageErrors(tab).length = 0;
    } else {
      tab = await newWatchedPage(browser(), contextOptions);
      await onNewTab(tab);
      tabs.set(key, tab);
    }
    const url = site() + path;
    // The same URL but for its #hash would be a same-document navigation, not a fresh page. Only then
    // does the tab go through about:blank: that costs a new renderer, twice the CPU of a direct load
    // (18 loads: 16 CPU-s against 7.7, three runs each).
    if (tab.url().split('#')[0] === url.split('#')[0]) await tab.goto('about:blank');
    (tab as Page & { response?: Response | null }).response = await tab.goto(url);
    return tab;
  };
}

/** The response of the page's last load through `tabsForThisFile`. */
export function lastResponse(page: Page): Response | null {
  return (page as Page & { response?: Response | null }).response ?? null;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Waits until React has hydrated (or rendered) the page, so clicks are handled in place. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** `include`: a CSS selector of the part of the page to check (all of it by default). */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  // WCAG 2.2's target size (24 × 24 px) is off in axe's defaults: on here, every control is checked.
  const builder = new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } });
  // Without frames, axe's single-page run finds the same and skips the blank page its default mode opens
  // to merge the frames' results (about 40% of each check's time); a page with frames keeps that mode,
  // which is the one that reaches cross-origin frames.
  if (page.frames().length === 1) builder.setLegacyMode(true);
  const results = await (include ? builder.include(include) : builder).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

const SCREENSHOT_DIR = 'tests/e2e/__screenshots__';

/** Saves a full-page screenshot for a person to look at (not compared automatically). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** Lets the held requests go on; `requested` settles once the first of them has been made. */
export type Release = (() => void) & { requested: Promise<void> };

/**
 * Holds the page's requests matching `pattern` (a slow network, or a script still on its way) until the
 * returned function is called.
 */
export async function holdRequests(page: Page, pattern: string | RegExp): Promise<Release> {
  let release = () => {};
  let requested = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const made = new Promise<void>((resolve) => (requested = resolve));
  await page.route(pattern, async (route) => {
    requested();
    await held;
    await route.continue();
  });
  return Object.assign(() => release(), { requested: made });
}
