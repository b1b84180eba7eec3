// The bench's `search` part: keystroke → results painted at 4× CPU for a 10-character query in every
// locale. The query is typed as an agent types it, a key at a time on the throttled page, and its tenth
// keystroke is timed: the 'input' event's timestamp starts the clock (Playwright inserts Han characters
// without a keydown); the first animation frame after it posts a message, which runs once that frame is
// painted. React renders an input's update before the event's task ends, so that frame holds the results.
/* global document, window, requestAnimationFrame */
import { openPage } from './interactions.mjs';
import { median, ms } from './util.mjs';

const SEARCH_CPU_THROTTLING = 4;
/** Samples per query at least: one keystroke spreads over ±15 ms at 4× CPU, a median of 5 moved 13 ms. */
export const SEARCH_MIN_SAMPLES = 11;
/** 10 characters each; each finds at least one sentence. A locale not listed is timed with English ones. */
const QUERIES = {
  'en-us': ['customer s', 'service in'],
  'zh-cn': ['customer s', '服务事件或其他操作信'],
  'zh-tw': ['customer s', '服務事件或其他操作資'],
};

/** Installed in the page: resolves with ms from the next 'input' event to the frame painted after it. */
function armTimer() {
  // Made before the keystroke, so the probe adds only a postMessage to the frame it times.
  const channel = new MessageChannel();
  window.__searchTiming = new Promise((resolve) => {
    const field = document.querySelector('input[role="combobox"]');
    const onInput = (event) => {
      channel.port1.onmessage = () => resolve(window.performance.now() - event.timeStamp);
      requestAnimationFrame(() => channel.port2.postMessage(null));
    };
    field.addEventListener('input', onInput, { once: true });
  });
}

async function timeQuery(browser, url, query) {
  const { context, page, errors, throttle } = await openPage(browser, url);
  try {
    // The header's plain field becomes the combobox when focused; the engine and index load then.
    await page.locator('form[role="search"] input[type="search"]').focus();
    await page.locator('input[role="combobox"]').waitFor();
    await page.waitForLoadState('networkidle');
    await throttle(SEARCH_CPU_THROTTLING);
    // The first nine characters key by key, 120 ms apart (a fast typist), each showing its results.
    await page.keyboard.type(query.slice(0, 9), { delay: 120 });
    await page.locator('.search-popup [role="option"]').first().waitFor();
    // The ninth keystroke's rendering is over before the tenth is timed.
    await page.waitForTimeout(300);
    await page.evaluate(armTimer);
    await page.keyboard.type(query.slice(9));
    const time = await page.evaluate(() => window.__searchTiming);
    if (errors.length) throw new Error(errors.join('; '));
    return time;
  } finally {
    await context.close();
  }
}

/** Every query's timing: [{ where, ms (median), samples, error }]. */
export async function measureSearch(browser, { site, allLocales, samples, log }) {
  const keystrokes = [];
  for (const locale of allLocales) {
    for (const query of QUERIES[locale] ?? QUERIES['en-us']) {
      const where = `search ${locale} "${query}" ${SEARCH_CPU_THROTTLING}× CPU`;
      const times = [];
      let error = null;
      try {
        for (let run = 0; run < samples; run += 1) {
          times.push(await timeQuery(browser, `${site.url}/${locale}/`, query));
        }
      } catch (caught) {
        error = caught.message.split('\n')[0];
      }
      keystrokes.push({ where, ms: median(times), samples: times, error });
      log(`  ${where}: ${error ?? `${ms(median(times))} (${times.map(Math.round).join(', ')})`}`);
    }
  }
  return keystrokes;
}
