// Sentence search, the bench's `search` part (`npm run bench -- --only=search`):
//
// 1. Bytes: each locale's search index chunk (gzip), checked against bench/budgets.json search.indexGzipBytes.
// 2. Speed: keystroke → results painted at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate) for a
//    10-character query in every locale, checked against search.keystrokeToPaintMs. The query is typed as an
//    agent types it, a key at a time on the throttled page, and its tenth keystroke is timed: the 'input'
//    event's timestamp starts the clock (it works for Han characters, which Playwright inserts without a
//    keydown); a MutationObserver on the results popup sees the new results; the first animation frame after
//    that posts a message, which runs once that frame is painted.
/* global document, window, requestAnimationFrame, MutationObserver */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './util.mjs';

export const SEARCH_CPU_THROTTLING = 4;
/** Samples per query at least (see run.mjs). */
export const SEARCH_MIN_SAMPLES = 11;
/** Between keystrokes: a fast typist (about 100 words a minute). */
const TYPING_DELAY_MS = 120;
/** 10 characters each; each finds at least one sentence. A locale not listed is timed with English ones. */
const QUERIES = {
  'en-us': ['customer s', 'service in'],
  'zh-cn': ['customer s', '服务事件或其他操作信'],
  'zh-tw': ['customer s', '服務事件或其他操作資'],
};

const gzipOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Each locale's index chunk (`assets/search-index-<locale>-<hash>.js`): { locale: { file, gzip } }. */
export function searchIndexBytes(dist, locales) {
  const assets = path.join(dist, 'assets');
  const files = readdirSync(assets).filter((file) => /^search-index-.*\.js$/.test(file));
  return Object.fromEntries(
    locales.map((locale) => {
      const file = files.find((name) => name.startsWith(`search-index-${locale}-`));
      return [locale, file ? { file: `assets/${file}`, gzip: gzipOf(path.join(assets, file)) } : null];
    }),
  );
}

/**
 * Installed in the page: resolves with ms from the next 'input' event to the frame painted after it. React
 * renders a change event's update before the event's task ends (a discrete event), so that frame holds the
 * new results; whether the popup changed at all is reported too (the same hits leave the DOM as it was).
 */
function armTimer() {
  const field = document.querySelector('input[role="combobox"]');
  const popup = document.querySelector('.search-popup');
  let changed = false;
  // Made before the keystroke, so the probe adds only a postMessage to the frame it times.
  const channel = new MessageChannel();
  new MutationObserver(() => (changed = true)).observe(popup, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
  window.__searchTiming = new Promise((resolve) => {
    field.addEventListener(
      'input',
      (event) => {
        const start = event.timeStamp;
        channel.port1.onmessage = () => resolve({ ms: performance.now() - start, changed });
        requestAnimationFrame(() => channel.port2.postMessage(null));
      },
      { once: true },
    );
  });
}

async function timeQuery(browser, baseUrl, locale, query) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/${locale}/`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // The header's plain field becomes the combobox when focused; the engine and index load then. As the
    // interaction timings do, typing starts once the page's idle-time downloads (the other
    // locales' strings and articles) are done, not while they are parsed.
    await page.locator('form[role="search"] input[type="search"]').focus();
    await page.locator('input[role="combobox"]').waitFor();
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SEARCH_CPU_THROTTLING });
    // The first nine characters key by key, as typed: each shows its results (a paste of nine characters
    // would be one search and one render, not the query an agent types).
    await page.keyboard.type(query.slice(0, 9), { delay: TYPING_DELAY_MS });
    await page.locator('.search-popup [role="option"]').first().waitFor();
    await page.waitForTimeout(300);
    await page.evaluate(armTimer);
    await page.keyboard.type(query.slice(9));
    const { ms, changed } = await page.evaluate(() => window.__searchTiming);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const options = await page.getByRole('option').count();
    if (options === 0) throw new Error(`"${query}" found nothing`);
    if (errors.length) throw new Error(errors.join('; '));
    return { ms, changed };
  } finally {
    await context.close();
  }
}

/**
 * Both figures for every locale the build has a query for: { indexes, keystroke: { locale: { query: {
 * ms (median), min, max, samples, note } } }, cpuThrottling }.
 */
export async function measureSearch(browser, { site, dist, allLocales, samples, log }) {
  const keystroke = {};
  for (const locale of allLocales) {
    for (const query of QUERIES[locale] ?? QUERIES['en-us']) {
      const times = [];
      let note = '';
      try {
        for (let run = 0; run < samples; run += 1) {
          const { ms, changed } = await timeQuery(browser, site.url, locale, query);
          if (!changed) note = ' (the tenth character left the results as they were)';
          times.push(ms);
        }
      } catch (error) {
        note = ` (${error.message})`;
      }
      const result = times.length
        ? { ms: median(times), min: Math.min(...times), max: Math.max(...times), samples: times.length, note }
        : { ms: null, samples: 0, note };
      (keystroke[locale] ??= {})[query] = result;
      log(
        `  ${locale} "${query}": ${result.ms == null ? 'n/a' : `${result.ms.toFixed(1)} ms`} at ${SEARCH_CPU_THROTTLING}× CPU${note}`,
      );
    }
  }
  return { indexes: searchIndexBytes(dist, allLocales), keystroke, cpuThrottling: SEARCH_CPU_THROTTLING };
}
