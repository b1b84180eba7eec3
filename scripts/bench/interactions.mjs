// The bench's interactions in Chromium: every route's locale switch (to the next locale of the build)
// and both wizard steps, in each measured locale, at normal and 4× CPU, each the median of `samples` clicks.
// Each sample loads the page in a fresh context, waits until it has hydrated and the network is idle, and
// clicks like a user. In the page, the click event's timestamp starts the clock; the first animation frame
// whose document has the expected <h1> posts a message, which runs once that frame is painted, and stops it.
/* global document, window, requestAnimationFrame, addEventListener */
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';
import { ROUTES, htmlFileFor, pageOf } from './routes.mjs';
import { sampleTiming, track } from './util.mjs';

/** The CPUs the timings are taken at, as bench/budgets.json names them, and their throttling rates. */
const CPUS = { normal: 1, cpu4x: 4 };

export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  track('Chromium', () => browser.close());
  return browser;
}

/**
 * Runs `work(page, throttle)` on `url` in a fresh context, once it has hydrated and the network is idle,
 * at `cpuRate` (`throttle(rate)` changes it). An error in the page fails it.
 */
export async function onFreshPage(browser, url, cpuRate, work) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    const throttle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await throttle(cpuRate);
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (!response || response.status() >= 400)
      throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.waitForLoadState('networkidle');
    const result = await work(page, throttle);
    if (errors.length) throw new Error(errors[0]);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Installed in the page: `window.__timing` resolves with the time from the next `type` event to the first
 * painted frame whose <h1> reads `heading` (the next frame when there is none); it fails after 30 s.
 */
export function armTimer([type, heading]) {
  const reached = () =>
    !heading || document.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() === heading;
  // Made beforehand, so the probe adds only a postMessage to the frame it times.
  const channel = new MessageChannel();
  window.__timing = new Promise((resolve, reject) => {
    const awaited = heading ? ` with the heading "${heading}"` : '';
    setTimeout(() => reject(new Error(`no frame painted${awaited} within 30 s of the ${type}`)), 30_000);
    const onEvent = (event) => {
      const onFrame = () => {
        if (!reached()) return requestAnimationFrame(onFrame);
        channel.port1.onmessage = () => resolve(window.performance.now() - event.timeStamp);
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(onFrame);
    };
    addEventListener(type, onEvent, { capture: true, once: true });
  });
}

/** Every interaction on the site served at `site.url` (built in `dist`), as timings (util.mjs). */
export async function measureInteractions(browser, { site, dist, allLocales, locales, samples }) {
  const timings = [];
  /** Clicks what `target(page)` finds (untimed) on `from`'s page, until the heading of `to`'s shows. */
  const time = async (timing, from, to, target) => {
    const toFile = htmlFileFor(dist, to);
    if (!htmlFileFor(dist, from) || !toFile) return;
    const heading = pageOf(toFile).heading;
    const click = async (page) => {
      const clicked = await target(page);
      await page.evaluate(armTimer, ['click', heading]);
      await clicked.click();
      // The timer goes with its document: after a page load it is missing, or the evaluation is cut off.
      const elapsed = await page
        .evaluate(() => window.__timing)
        .catch((error) => {
          if (!/context was destroyed|navigation/i.test(error.message)) throw error;
        });
      if (elapsed === undefined) throw new Error('full page load');
      return elapsed;
    };
    const sample = () => onFreshPage(browser, site.url + from, CPUS[timing.cpu], click);
    timings.push(await sampleTiming(timing, samples, sample));
  };
  for (const cpu of Object.keys(CPUS)) {
    for (const locale of locales) {
      const target = allLocales[(allLocales.indexOf(locale) + 1) % allLocales.length];
      // The language links carry the target's `lang`, as its pages' <html> does.
      const lang = pageOf(htmlFileFor(dist, ROUTES[0].url(target))).lang;
      const link = (page) => page.locator(`nav[aria-label] a[lang="${lang}"]`).first();
      for (const route of target === locale ? [] : ROUTES) {
        const where = `${route.id} ${locale}→${target}`;
        await time({ figure: 'locale switch', where, cpu }, route.url(locale), route.url(target), link);
      }
      // Each step answers the wizard's question in its own form (the header's search form comes first).
      const wizard = ROUTES.find((route) => route.id === 'wizard').url(locale);
      const topic = `${wizard}?cloud=partner-center`;
      const steps = [
        ['question', wizard, 'partner-center', topic],
        ['outcome', topic, 'incident', `${topic}&topic=incident`],
      ];
      for (const [name, from, value, to] of steps) {
        const answer = async (page) => {
          await page.locator(`main form input[type="radio"][value="${value}"]`).check();
          return page.locator('main form button[type="submit"]').first();
        };
        await time({ figure: 'wizard step', where: `wizard ${name} ${locale}`, cpu }, from, to, answer);
      }
    }
  }
  return timings;
}
