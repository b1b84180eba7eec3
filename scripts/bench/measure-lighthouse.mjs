// The Lighthouse part of the bench: every route in every measured locale, and the static-HTML floor, with
// the mobile and desktop presets; medians per route/locale/preset, and the audits that cost points.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CATEGORIES, runLighthouse } from './lighthouse.mjs';
import { ROUTES, htmlFileFor } from './routes.mjs';
import { kB, median, ms, seconds } from './util.mjs';

/** Medians per category score and per metric over the runs of one route/preset/locale. */
function medianOf(runs) {
  const ok = runs.filter((run) => run.summary && !run.summary.runtimeError);
  const errors = runs.map((run) => run.error ?? run.summary?.runtimeError).filter(Boolean);
  if (ok.length === 0)
    return { scores: null, metrics: null, runs: runs.length, errors, error: errors[0] ?? 'no run' };
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, median(ok.map((run) => run.summary.scores[id]))]),
  );
  const metricKeys = Object.keys(ok[0].summary.metrics);
  const metrics = Object.fromEntries(
    metricKeys.map((key) => [key, median(ok.map((run) => run.summary.metrics[key]))]),
  );
  return { scores, metrics, runs: runs.length, errors, lcpElement: ok[0].summary.lcpElement };
}

function failingAudits(results) {
  const audits = new Map();
  for (const result of results) {
    for (const audit of result.summary?.failing ?? []) {
      const key = `${audit.category}/${audit.id}`;
      if (!audits.has(key)) audits.set(key, { ...audit, where: new Map() });
      const where = `${result.preset}|${result.locale}|${result.route}`;
      const entry = audits.get(key).where;
      entry.set(where, (entry.get(where) ?? 0) + 1);
    }
  }
  const runsOf = (where) =>
    results.filter((result) => `${result.preset}|${result.locale}|${result.route}` === where).length;
  return [...audits.values()].map((audit) => ({
    ...audit,
    where: [...audit.where].map(([where, count]) => {
      const [preset, locale, route] = where.split('|');
      return { preset, locale, route, runs: `${count}/${runsOf(where)}` };
    }),
  }));
}

/**
 * Runs Lighthouse `runs` times per route, locale and preset, plus the static floor (the article without
 * scripts, served by `floor`), interleaved so that a slow moment of the machine does not hit one page only.
 * Keeps each report gzipped in `outDir`/lighthouse/.
 */
export async function measureLighthouse({ site, floor, dist, locales, runs, presets, outDir, log }) {
  const lhrDir = path.join(outDir, 'lighthouse');
  rmSync(lhrDir, { recursive: true, force: true });
  mkdirSync(lhrDir, { recursive: true });
  const plan = [];
  for (let run = 1; run <= runs; run += 1) {
    for (const locale of locales) {
      for (const route of [...ROUTES, { id: 'static-floor', floor: true, url: ROUTES[1].url }]) {
        for (const preset of presets) plan.push({ run, locale, route, preset });
      }
    }
  }
  const results = [];
  const missing = new Set();
  const started = performance.now();
  let done = 0;
  for (const item of plan) {
    const { run, locale, route, preset } = item;
    const url = route.url(locale);
    const file = htmlFileFor(route.floor ? floor.root : dist, url);
    const name = `${preset} ${locale} ${route.id} run ${run}/${runs}`;
    done += 1;
    if (!file) {
      missing.add(`${preset}|${locale}|${route.id}`);
      log(`  [${done}/${plan.length}] ${name}: n/a (route missing)`);
      continue;
    }
    const begun = performance.now();
    const result = { preset, locale, route: route.id, run };
    try {
      const { summary, lhr } = await runLighthouse((route.floor ? floor.url : site.url) + url, preset);
      result.summary = summary;
      writeFileSync(
        path.join(lhrDir, `${preset}-${locale}-${route.id}-run${run}.json.gz`),
        gzipSync(JSON.stringify(lhr)),
      );
    } catch (error) {
      result.error = error.message.split('\n')[0];
    }
    results.push(result);
    const elapsed = (performance.now() - started) / 1000;
    const left = Math.round(((elapsed / done) * (plan.length - done)) / 60);
    const s = result.summary?.scores;
    const m = result.summary?.metrics;
    log(
      `  [${done}/${plan.length}] ${name}: ` +
        (result.error || result.summary.runtimeError
          ? `ERROR ${result.error ?? result.summary.runtimeError}`
          : `perf ${s.performance} a11y ${s.accessibility} bp ${s['best-practices']} seo ${s.seo} · ` +
            `FCP ${ms(m.fcp)} LCP ${ms(m.lcp)} TBT ${ms(m.tbt)} CLS ${m.cls?.toFixed(3)} · ${kB(m.transferBytes)}`) +
        ` (${seconds(begun)}${done < plan.length ? `, ~${left} min left` : ''})`,
    );
  }

  const medians = {};
  for (const preset of presets) {
    medians[preset] = {};
    for (const locale of locales) {
      medians[preset][locale] = {};
      for (const route of [...ROUTES.map((r) => r.id), 'static-floor']) {
        if (missing.has(`${preset}|${locale}|${route}`)) {
          medians[preset][locale][route] = { missing: true };
          continue;
        }
        medians[preset][locale][route] = medianOf(
          results.filter((r) => r.preset === preset && r.locale === locale && r.route === route),
        );
      }
    }
  }
  return {
    runs: results.map(({ summary, ...rest }) => ({
      ...rest,
      scores: summary?.scores,
      metrics: summary?.metrics,
      runtimeError: summary?.runtimeError ?? null,
    })),
    medians,
    failingAudits: failingAudits(results),
  };
}
