import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, inject } from 'vitest';
// @ts-expect-error -- plain ESM script shared with the browser check
import { FIREFOX_PATH, FIREFOX_PREFS } from '../../../scripts/firefox.mjs';

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core (nothing to download: no geckodriver,
 * no browser build of puppeteer's own). The Chromium tests' helpers are in `browser.ts`.
 */
export interface FirefoxOptions {
  /** The system colour scheme pages see (BiDi has no media emulation, so it is a profile preference). */
  colorScheme?: 'light' | 'dark';
  /**
   * Scrollbars that float over the page, as on a phone (and in headless Chromium), instead of taking
   * 12 px of the viewport as desktop Firefox's do here: a 320 px phone shows 320 px of page.
   */
  overlayScrollbars?: boolean;
}

/**
 * A profile that Firefox has started in once and closed, no page visited: the first start of an empty profile
 * writes its caches (about 6 CPU-seconds; a copy of this one starts in about 2). The first file of the run
 * that needs it makes it; the others wait for it.
 */
async function profileTemplate(): Promise<string> {
  const dir = path.join(inject('runDir'), 'firefox-profile');
  const done = `${dir}.done`;
  const failed = `${dir}.failed`;
  try {
    // Creating the folder is the lock: only one file gets to.
    mkdirSync(dir);
  } catch {
    while (!existsSync(done)) {
      if (existsSync(failed)) throw new Error(`No Firefox profile: ${readFileSync(failed, 'utf8')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return dir;
  }
  try {
    const browser = await launch(dir);
    await browser.close();
    writeFileSync(done, '');
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
  return dir;
}

function launch(profile: string, { colorScheme, overlayScrollbars }: FirefoxOptions = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      // 0 is dark, 1 is light: what `prefers-color-scheme` matches in content.
      ...(colorScheme && {
        'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      }),
      ...(overlayScrollbars && { 'ui.useOverlayScrollbars': 1 }),
    },
  });
}

/**
 * One Firefox for the calling test file, in a fresh profile of its own (a copy of the run's template):
 * launched before its tests, closed after them. Call it at the top level of the file and read the browser
 * inside the tests.
 */
export function firefoxForThisFile(options: FirefoxOptions = {}): () => Browser {
  let browser: Browser | undefined;
  let profile: string | undefined;
  beforeAll(async () => {
    if (!existsSync(FIREFOX_PATH)) {
      throw new Error(
        `Firefox is missing at ${FIREFOX_PATH}. Install it: apt-get install -y firefox-esr ` +
          '(bash .ci/run does), or set FIREFOX_PATH to another Firefox binary.',
      );
    }
    const template = await profileTemplate();
    profile = mkdtempSync(path.join(tmpdir(), 'help-center-firefox-'));
    cpSync(template, profile, { recursive: true });
    browser = await launch(profile, options);
  });
  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });
  return () => {
    if (!browser) throw new Error('firefoxForThisFile(): the browser is read outside a test');
    return browser;
  };
}

const errorsOf = new WeakMap<Page, string[]>();

/**
 * A page in a fresh browser context (its own cookies and storage), not yet navigated. Console errors,
 * uncaught errors and Content Security Policy violations (Trusted Types among them) of the page and its
 * frames are collected for `pageErrors`.
 */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1024, height: 800 },
): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const errors: string[] = [];
  errorsOf.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  // From before the page's first script: a blocked inline script reports while the page parses.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy: ${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return page;
}

/** The address of `path` on the site under test (the production build, served by the e2e setup). */
export const siteUrl = (path: string): string => inject('baseUrl') + path;

/** `newPage`, at `path` of the site under test or at an absolute URL. */
export async function openPage(
  browser: Browser,
  pathOrUrl: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await newPage(browser, viewport);
  await page.goto(/^https?:/.test(pathOrUrl) ? pathOrUrl : siteUrl(pathOrUrl));
  return page;
}

export const pageErrors = (page: Page): string[] => errorsOf.get(page) ?? [];

export const closePage = (page: Page) => page.browserContext().close();

/** Waits until React has hydrated (or rendered) the page, so clicks are handled in place. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** The text a reader sees in the first element matching `selector` ('' when there is none). */
export const textOf = (page: Page, selector: string): Promise<string> =>
  page.evaluate((css) => (document.querySelector(css) as HTMLElement | null)?.innerText ?? '', selector);

/** Waits until the first element matching `selector` shows `text` (it may show more), or says what it shows. */
export async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page
    .waitForFunction(
      (css, wanted) => (document.querySelector(css) as HTMLElement | null)?.innerText.includes(wanted),
      { timeout: 15_000 },
      selector,
      text,
    )
    .catch(async (error: unknown) => {
      const shown = await textOf(page, selector);
      throw new Error(`${selector} never showed "${text}"; it shows "${shown}"`, { cause: error });
    });
}
