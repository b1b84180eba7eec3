import type { Page as ChromiumPage, Request } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';

/**
 * What a reader never sees but the browser's console shows: console errors, uncaught errors, Content
 * Security Policy violations (`securitypolicyviolation` events, which Firefox does not log as console
 * messages), requests that fail and sub-resources answered with an HTTP error. A clean page has none.
 */
export type PageProblems = () => string[];

/** The `securitypolicyviolation` event as a console error, from before the page's first script. */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    const sample = event.sample ? ` "${event.sample}"` : '';
    console.error(
      `securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI}${sample} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

/** Watches a Chromium (playwright-core) page before it navigates. */
export async function watchChromiumPage(page: ChromiumPage): Promise<PageProblems> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // A request the page's next load cut short (a locale it fetched ahead when idle) is not a problem of
  // either page: each request remembers which load of the tab made it.
  let loads = 0;
  const loadOf = new WeakMap<Request, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1;
    loadOf.set(request, loads);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'no reason';
    if (reason === 'net::ERR_ABORTED' && (loadOf.get(request) ?? loads) < loads) return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(reportViolations);
  return () => [...problems];
}

/**
 * Watches a Firefox (puppeteer-core) page from `support/firefox.ts`'s `newPage`, which already reports its
 * console errors, uncaught errors and CSP violations to `pageErrors`: this adds the requests.
 */
export function watchFirefoxPage(
  page: FirefoxPage,
  pageErrors: (page: FirefoxPage) => string[],
): PageProblems {
  const problems: string[] = [];
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'no reason'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return () => [...pageErrors(page).map((error) => `console error: ${error}`), ...problems];
}

/** The problems, each different message once with its count (one page can log hundreds of the same). */
export function summarize(problems: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const problem of problems) {
    const message = problem.length > 300 ? `${problem.slice(0, 300)}…` : problem;
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, count]) => `${count}× ${message}`);
}
