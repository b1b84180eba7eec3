// The interaction part of the bench, in Chromium (playwright-core): every route's locale switch (to the next
// locale of the build) and both wizard steps, in each measured locale, at normal CPU and at 4× CPU (CDP
// Emulation.setCPUThrottlingRate), each the median of `samples` clicks.
//
// Each sample loads the page in a fresh context, waits until React has hydrated (data-hydrated="true" on
// <html>) and the network is idle, then clicks like a user. In the page, the click event's timestamp starts
// the clock; the first animation frame whose document has the expected <h1> posts a message, which runs once
// that frame is painted, and stops it. A click that loads a new document is a full page load: it breaks the
// budget whatever its time, which is then Node's clock.
/* global document, window, requestAnimationFrame, addEventListener */
import { chromium } from 'playwright-core';
import { ROUTES, htmlFileFor, pageOf } from './routes.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, median, ms, track } from './util.mjs';

/** The CPUs the timings are taken at, as bench/budgets.json names them, and their throttling rates. */
const CPUS = { normal: 1, cpu4x: 4 };

export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const stop = track('Chromium', () => browser.close());
  return { browser, stop };
}

/** A fresh page on `url`, hydrated, with the network idle; `cpuRate` > 1 throttles it. */
export async function openPage(browser, url, cpuRate = 1) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  const throttle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (cpuRate > 1) await throttle(cpuRate);
  const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (!response || response.status() >= 400) {
    await context.close();
    throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
  }
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.waitForLoadState('networkidle');
  return { context, page, errors, throttle };
}

/** Installed in the page: resolves with the time from the next click to the frame painted with the <h1>
 * reading `expected`; null after 30 s. */
function armClickTimer(expected) {
  const reached = () => document.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() === expected;
  window.__clickTiming = new Promise((resolve) => {
    setTimeout(() => resolve(null), 30_000);
    addEventListener(
      'click',
      (event) => {
        const onFrame = () => {
          if (!reached()) return requestAnimationFrame(onFrame);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(window.performance.now() - event.timeStamp);
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(onFrame);
      },
      { capture: true, once: true },
    );
  });
}

/** Loads `url`, runs `prepare(page)` (untimed), clicks `selector`, times until the <h1> reads `expected`. */
async function timeClick(browser, { url, cpuRate, selector, expected, prepare }) {
  const { context, page, errors } = await openPage(browser, url, cpuRate);
  try {
    await prepare?.(page);
    await page.evaluate(armClickTimer, expected);
    const started = performance.now();
    await page.locator(selector).first().click();
    let time;
    try {
      time = await page.evaluate(() => window.__clickTiming);
    } catch (error) {
      if (!/context was destroyed|navigation/i.test(error.message)) throw error;
    }
    if (typeof time === 'number') return { ms: time, fullLoad: false, errors };
    if (time === null) throw new Error(`the heading never read "${expected}" after the click`);
    // The timer is gone with its document: a full page load, timed by Node's clock until it has the heading.
    await page.locator('h1').first().filter({ hasText: expected }).waitFor({ timeout: 30_000 });
    return { ms: performance.now() - started, fullLoad: true, errors };
  } finally {
    await context.close();
  }
}

/**
 * Every interaction on the site served at `site.url` (built in `dist`): a list of timings, each
 * { figure, where, cpu, ms (median of the samples), samples, fullLoad, error }.
 */
export async function measureInteractions(browser, { site, dist, allLocales, locales, samples, log }) {
  const timings = [];
  /** Clicks on `from`'s page until the heading of `to`'s shows, `samples` times. */
  const time = async (figure, where, cpu, { from, to, selector, prepare }) => {
    const toFile = htmlFileFor(dist, to);
    if (!htmlFileFor(dist, from) || !toFile) return;
    const click = {
      url: site.url + from,
      cpuRate: CPUS[cpu],
      selector,
      prepare,
      expected: pageOf(toFile).heading,
    };
    const results = [];
    let error = null;
    for (let index = 0; index < samples; index += 1) {
      try {
        results.push(await timeClick(browser, click));
      } catch (caught) {
        error = caught.message.split('\n')[0];
      }
    }
    const times = results.map((result) => result.ms);
    const fullLoad = results.some((result) => result.fullLoad);
    error = results.flatMap((result) => result.errors)[0] ?? (times.length ? null : error);
    timings.push({ figure, where, cpu, ms: median(times), samples: times, fullLoad, error });
    const figures = `${ms(median(times))} (${times.map(Math.round).join(', ')})`;
    log(`  ${figure} ${where} ${cpu}: ${figures}${fullLoad ? ' FULL PAGE LOAD' : ''} ${error ?? ''}`);
  };
  for (const cpu of Object.keys(CPUS)) {
    for (const locale of locales) {
      const target = allLocales[(allLocales.indexOf(locale) + 1) % allLocales.length];
      // The language links carry the target's `lang`, as its pages' <html> does.
      const lang = pageOf(htmlFileFor(dist, ROUTES[0].url(target))).lang;
      for (const route of target === locale ? [] : ROUTES) {
        await time('locale switch', `${route.label} ${locale}→${target}`, cpu, {
          from: route.url(locale),
          to: route.url(target),
          selector: `nav[aria-label] a[lang="${lang}"]`,
        });
      }
      const wizard = ROUTES.find((route) => route.id === 'wizard').url(locale);
      const steps = [
        ['question', wizard, 'partner-center', `${wizard}?cloud=partner-center`],
        [
          'outcome',
          `${wizard}?cloud=partner-center`,
          'incident',
          `${wizard}?cloud=partner-center&topic=incident`,
        ],
      ];
      for (const [name, from, value, to] of steps) {
        await time('wizard step', `wizard ${name} ${locale}`, cpu, {
          from,
          to,
          // The wizard's own form: the header's search form comes first in every page.
          selector: 'main form button[type="submit"]',
          prepare: (page) => page.locator(`main form input[type="radio"][value="${value}"]`).check(),
        });
      }
    }
  }
  return timings;
}
