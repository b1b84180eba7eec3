// Interaction timings in Chromium (playwright-core): locale switch and wizard step, at normal CPU and with
// CPU throttling (CDP Emulation.setCPUThrottlingRate).
//
// Each sample loads the page in a fresh context and waits until React has hydrated (data-hydrated="true" on
// <html>) and the network is idle, then clicks like a user (Playwright moves the mouse and presses it). In
// the page, the click event's timestamp starts the clock; a MutationObserver stops it when the expected <h1>
// text is in the document ("dom"); the first animation frame that has it posts a message, which runs after
// that frame is painted ("painted", the figure the budgets use). A main-frame document request after the
// click is a full page load: it is flagged, and then the time is taken from Node's clock.
/* global document, window, requestAnimationFrame, addEventListener, MutationObserver */
import { chromium } from 'playwright-core';
import { track } from './cleanup.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './util.mjs';

const normalize = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  const stop = track('Chromium for interaction timings', () => browser.close());
  return { browser, stop };
}

async function openPage(browser, url, cpuRate) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (cpuRate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }
  const documents = { count: 0 };
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documents.count += 1;
  });
  const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (!response || response.status() >= 400) {
    await context.close();
    throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
  }
  try {
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
      timeout: 30_000,
    });
  } catch {
    await context.close();
    throw new Error(`${url} never hydrated (no data-hydrated="true" on <html>)`);
  }
  await page.waitForLoadState('networkidle', { timeout: 30_000 });
  return { context, page, documents, errors };
}

export async function headingOf(browser, url) {
  const { context, page } = await openPage(browser, url, 1);
  try {
    return normalize(await page.locator('h1').first().textContent());
  } finally {
    await context.close();
  }
}

/**
 * Loads `url`, runs `prepare(page)` (untimed), clicks `selector` and times until the first <h1> reads
 * `expected` (or, when `expected` is null, anything other than what it read before the click).
 */
async function timeClick(browser, { url, cpuRate, selector, expected = null, prepare }) {
  const { context, page, documents, errors } = await openPage(browser, url, cpuRate);
  try {
    if (prepare) await prepare(page);
    const before = normalize(await page.locator('h1').first().textContent());
    await page.evaluate(
      ({ expected, before }) => {
        const norm = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
        const probe = { clickAt: null, domAt: null, paintAt: null };
        window.__benchProbe = probe;
        const reached = () => {
          const text = norm(document.querySelector('h1')?.textContent);
          return expected === null ? text !== '' && text !== before : text === expected;
        };
        // From the click on, every frame looks for the heading; the first one that has it posts a
        // message, which runs once that frame is painted. Asked for at the click, before the page's
        // own code runs, so the page's own after-paint work (queued from its animation frame callbacks)
        // comes after the message instead of before it.
        const onFrame = () => {
          if (!reached()) return requestAnimationFrame(onFrame);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (probe.paintAt = window.performance.now());
          channel.port2.postMessage(null);
        };
        addEventListener(
          'click',
          (event) => {
            if (probe.clickAt !== null) return;
            probe.clickAt = event.timeStamp;
            requestAnimationFrame(onFrame);
          },
          { capture: true },
        );
        const observer = new MutationObserver(() => {
          if (probe.clickAt === null || !reached()) return;
          probe.domAt = window.performance.now();
          observer.disconnect();
        });
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
      },
      { expected, before },
    );
    const documentsBefore = documents.count;
    const started = performance.now();
    await page.locator(selector).first().click({ timeout: 10_000 });
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await page.waitForFunction(
          ({ expected, before }) => {
            const probe = window.__benchProbe;
            if (probe) return probe.paintAt !== null;
            // A new document (full page load): the heading itself tells.
            const text = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
            return expected === null ? text !== '' && text !== before : text === expected;
          },
          { expected, before },
          { timeout: Math.max(1, deadline - Date.now()) },
        );
        break;
      } catch (error) {
        if (Date.now() >= deadline)
          throw new Error(`the heading never changed after the click (${error.message})`);
        // The document changed while waiting (full page load): wait again in the new one.
      }
    }
    const nodeMs = performance.now() - started;
    const probe = await page.evaluate(() => window.__benchProbe ?? null);
    const fullLoad = documents.count > documentsBefore || !probe;
    const after = normalize(await page.locator('h1').first().textContent());
    return {
      ms: fullLoad ? nodeMs : probe.paintAt - probe.clickAt,
      domMs: fullLoad ? null : probe.domAt - probe.clickAt,
      fullLoad,
      heading: after,
      pageErrors: errors,
    };
  } finally {
    await context.close();
  }
}

/** Clicking the locale switcher's link to another locale, until that locale's heading shows. */
export function timeLocaleSwitch(browser, { url, targetLang, expected, cpuRate }) {
  return timeClick(browser, { url, cpuRate, selector: `nav[aria-label] a[lang="${targetLang}"]`, expected });
}

/**
 * Answering one wizard question: choose a radio (`value` when it exists, else the first), then Continue,
 * until the next step's heading shows. The clock starts at the Continue click.
 */
export function timeWizardStep(browser, { url, value, cpuRate }) {
  return timeClick(browser, {
    url,
    cpuRate,
    // The wizard's own form: the header's search form (role="search") comes first in every page.
    selector: 'main form button[type="submit"], main form input[type="submit"]',
    prepare: async (page) => {
      const radios = page.locator('main form fieldset input[type="radio"]');
      if ((await radios.count()) === 0) throw new Error('no radio inputs in a form fieldset');
      const wanted = page.locator(`main form fieldset input[type="radio"][value="${value}"]`);
      await ((await wanted.count()) ? wanted.first() : radios.first()).check();
    },
  });
}
