// The bench's `search` part: keystroke → results painted at 4× CPU, 10-character queries in every locale,
// typed a key at a time as an agent types; the tenth keystroke is timed from its 'input' event (Playwright
// inserts Han characters without a keydown) to the next painted frame: React renders an input's update
// before the event's task ends, so that frame holds the results.
/* global window */
import { armTimer, onFreshPage } from './interactions.mjs';
import { sampleTiming } from './util.mjs';

/** Samples per query at least: one keystroke spreads over ±15 ms at 4× CPU, a median of 5 moved 13 ms. */
export const SEARCH_MIN_SAMPLES = 11;
/** 10 characters each; each finds at least one sentence. A locale not listed is timed with English ones. */
const QUERIES = {
  'en-us': ['customer s', 'service in'],
  'zh-cn': ['customer s', '服务事件或其他操作信'],
  'zh-tw': ['customer s', '服務事件或其他操作資'],
};

/** Types `query` on the page at `url` and times its tenth keystroke. */
const timeQuery = (browser, url, query) =>
  onFreshPage(browser, url, 1, async (page, throttle) => {
    // The header's plain field becomes the combobox when focused; the engine and index load then.
    await page.locator('form[role="search"] input[type="search"]').focus();
    await page.locator('input[role="combobox"]').waitFor();
    await page.waitForLoadState('networkidle');
    await throttle(4);
    // The first nine characters key by key, 120 ms apart (a fast typist), each showing its results.
    await page.keyboard.type(query.slice(0, 9), { delay: 120 });
    await page.locator('.search-popup [role="option"]').first().waitFor();
    // The ninth keystroke's rendering is over before the tenth is timed.
    await page.waitForTimeout(300);
    await page.evaluate(armTimer, ['input', null]);
    await page.keyboard.type(query.slice(9));
    return page.evaluate(() => window.__timing);
  });

/** Every query's timing (util.mjs), in every locale measured (`--locale`, else every one of the build). */
export async function measureSearch(browser, { site, locales, samples }) {
  const timings = [];
  for (const locale of locales) {
    for (const query of QUERIES[locale] ?? QUERIES['en-us']) {
      const where = `search ${locale} "${query}" 4× CPU`;
      const timing = { figure: 'keystroke → results painted', where };
      const url = `${site.url}/${locale}/`;
      timings.push(await sampleTiming(timing, samples, () => timeQuery(browser, url, query)));
    }
  }
  return timings;
}
