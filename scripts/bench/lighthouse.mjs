// The Lighthouse part of the bench: every route in every measured locale and the static-HTML floor, mobile
// and desktop, each run in a fresh Chromium (budgets.mjs takes the medians). Mobile applies 4× CPU and a slow
// network: simulated, a page without any script measured 17-158 ms of TBT (2026-12-07).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';
import { ROUTES, htmlFileFor } from './routes.mjs';
import { ms, track } from './util.mjs';

// The categories and metrics bench/budgets.json bounds (Lighthouse 13 adds agentic-browsing, not a budget).
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};
const mobileConfig = { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools' } };
const SHOWN_MODES = new Set(['binary', 'numeric', 'metricSavings']);

function summarize(lhr) {
  const scores = {};
  const failing = [];
  for (const id of CATEGORIES) {
    const { score, auditRefs = [] } = lhr.categories[id] ?? {};
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
    for (const ref of auditRefs) {
      const audit = lhr.audits[ref.id];
      // In performance only the metrics' audits and the insights cost points.
      const counts = id !== 'performance' || ref.weight || audit?.scoreDisplayMode === 'metricSavings';
      if (counts && SHOWN_MODES.has(audit?.scoreDisplayMode) && audit.score !== null && audit.score < 1)
        failing.push(`${id}/${ref.id}: ${audit.title}`);
    }
  }
  const metrics = {};
  for (const [key, id] of Object.entries(METRICS)) metrics[key] = lhr.audits[id]?.numericValue ?? null;
  const error = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null;
  return { scores, metrics, failing, error };
}

/** One Lighthouse run on `url` with the `mobile` or `desktop` preset, summarized. */
async function runLighthouse(url, preset) {
  // chrome-launcher stops Chromium with SIGKILL, which leaves its singleton socket folder in TMPDIR: each
  // Chromium gets a TMPDIR of its own, removed afterwards.
  const tmpdir = mkdtempSync(path.join(os.tmpdir(), 'help-center-bench-chromium-'));
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    envVars: { ...process.env, TMPDIR: tmpdir },
    handleSIGINT: false,
    logLevel: 'silent',
  });
  const stop = track(`Chromium for Lighthouse (pid ${chrome.pid})`, async () => {
    await chrome.kill();
    rmSync(tmpdir, { recursive: true, force: true });
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', disableFullPageScreenshot: true };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : mobileConfig);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return summarize(result.lhr);
  } finally {
    await stop();
  }
}

/** Runs Lighthouse `runs` times per route, locale and preset, plus the static floor (the article without scripts,
 * served by `floor`), interleaved so that a slow moment of the machine does not hit one page only. */
export async function measureLighthouse({ site, floor, dist, locales, runs, presets }) {
  const article = ROUTES.find((route) => route.id === 'article');
  const targets = [...ROUTES, { id: 'static-floor', url: article.url, floor: true }];
  const plan = [];
  for (let run = 1; run <= runs; run += 1)
    for (const locale of locales)
      for (const route of targets) for (const preset of presets) plan.push({ run, locale, route, preset });
  const results = [];
  for (const [index, { run, locale, route, preset }] of plan.entries()) {
    const url = route.url(locale);
    if (!htmlFileFor(route.floor ? floor.root : dist, url)) continue;
    const result = { preset, locale, route: route.id, run };
    try {
      Object.assign(result, await runLighthouse((route.floor ? floor.url : site.url) + url, preset));
    } catch (error) {
      result.error = error.message.split('\n')[0];
    }
    results.push(result);
    const { scores, metrics: m, error } = result;
    const figures = error ?? `scores ${Object.values(scores).join('/')}, LCP ${ms(m.lcp)}, TBT ${ms(m.tbt)}`;
    console.log(`  [${index + 1}/${plan.length}] ${preset} ${locale} ${route.id}: ${figures}`);
  }
  return results;
}
