// Compares the bench's figures with bench/budgets.json: one check per figure, each saying whether it breaks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kB, median, ms } from './util.mjs';

export const BUDGETS_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../bench/budgets.json',
);

export function readBudgets(file = BUDGETS_FILE) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const score = (value) => (value == null ? 'n/a' : String(value));
const cls = (value) => (value == null ? 'n/a' : value.toFixed(3));
const cpuLabel = (cpu) => (cpu === 'normal' ? 'normal CPU' : cpu);

/**
 * All budget checks for a report. Each: { key, figure, where, value, limit, ok, text }.
 * `key` identifies the cell a check belongs to (so the tables can mark it). Parts of the report that were
 * not measured (null, see --only) have no checks.
 */
export function checkBudgets(report, budgets) {
  const checks = [];
  /** A figure that must not exceed `limit`; a figure not measured (null) breaks it. */
  const atMost = (key, figure, where, value, limit, show, { note = '', broken = false } = {}) => {
    const ok = !broken && value != null && value <= limit;
    const text = `${where}: ${figure} ${show(value)}${note} ${ok ? '≤' : '>'} ${show(limit)}`;
    checks.push({ key, figure, where, value, limit, ok, text });
  };
  const atLeast = (key, figure, where, value, limit, note) => {
    const ok = value != null && value >= limit;
    const text = `${where}: ${figure} ${score(value)} ${ok ? '≥' : '<'} ${limit}${value == null ? note : ''}`;
    checks.push({ key, figure, where, value, limit, ok, text });
  };

  for (const [locale, routes] of Object.entries(report.firstLoad ?? {})) {
    for (const [route, load] of Object.entries(routes)) {
      const budget = budgets.firstLoad?.[route];
      if (!budget || !load) continue;
      const [key, where] = [`firstLoad.${locale}.${route}`, `${route} ${locale}`];
      if (budget.jsGzipBytes != null)
        atMost(`${key}.js`, 'first-load JS (gzip)', where, load.js.total.gzip, budget.jsGzipBytes, kB);
      if (budget.cssGzipBytes != null)
        atMost(`${key}.css`, 'first-load CSS (gzip)', where, load.css.total.gzip, budget.cssGzipBytes, kB);
    }
  }

  const lh = budgets.lighthouse ?? {};
  for (const [preset, locales] of Object.entries(report.lighthouse?.medians ?? {})) {
    const limits = lh[preset] ?? {};
    const floorOfPreset = pooledFloorLcp(report, preset);
    for (const [locale, routes] of Object.entries(locales)) {
      const floorLcp = floorOfPreset ?? routes['static-floor']?.metrics?.lcp ?? null;
      for (const [route, result] of Object.entries(routes)) {
        if (route === 'static-floor' || !result) continue;
        const where = `${route} ${locale} ${preset}`;
        const key = `lighthouse.${preset}.${locale}.${route}`;
        for (const [category, min] of Object.entries(lh.minScores ?? {})) {
          const note = ` (${result.error ?? 'no result'})`;
          atLeast(
            `${key}.${category}`,
            `Lighthouse ${category}`,
            where,
            result.scores?.[category],
            min,
            note,
          );
        }
        const metrics = result.metrics ?? {};
        if (limits.maxLcpVsStaticFloor != null) {
          const limit = floorLcp === null ? null : floorLcp * limits.maxLcpVsStaticFloor;
          const floorNote = ` (${limits.maxLcpVsStaticFloor} × static floor ${ms(floorLcp)})`;
          atMost(`${key}.lcp`, 'LCP vs static floor', where, metrics.lcp, limit, ms, {
            note: floorNote,
            broken: limit === null,
          });
        }
        if (limits.maxTbtMs != null) atMost(`${key}.tbt`, 'TBT', where, metrics.tbt, limits.maxTbtMs, ms);
        if (limits.maxCls != null) atMost(`${key}.cls`, 'CLS', where, metrics.cls, limits.maxCls, cls);
      }
    }
  }

  const inter = budgets.interactions ?? {};
  const timings = report.interactions ?? { localeSwitch: {}, wizardStep: {} };
  for (const [cpu, locales] of Object.entries(timings.localeSwitch)) {
    const limit = inter.localeSwitchMs?.[cpu];
    for (const [locale, routes] of Object.entries(locales)) {
      for (const [route, result] of Object.entries(routes)) {
        if (!result || result.missing) continue;
        const where = `${route} ${locale}→${result.to} ${cpuLabel(cpu)}`;
        const key = `localeSwitch.${cpu}.${locale}.${route}`;
        const note = result.error ? ` (${result.error})` : '';
        if (limit != null) atMost(`${key}.ms`, 'locale switch', where, result.ms, limit, ms, { note });
        if (inter.localeSwitchWithoutFullPageLoad) {
          checks.push({
            key: `${key}.fullLoad`,
            figure: 'locale switch without full page load',
            where,
            value: result.fullLoad,
            limit: false,
            ok: result.fullLoad === false,
            text: `${where}: ${result.fullLoad ? 'full page load' : result.fullLoad === false ? 'no full page load' : 'not measured'}`,
          });
        }
      }
    }
  }
  for (const [cpu, locales] of Object.entries(timings.wizardStep)) {
    const limit = inter.wizardStepMs?.[cpu];
    if (limit == null) continue;
    for (const [locale, steps] of Object.entries(locales)) {
      for (const [step, result] of Object.entries(steps)) {
        if (!result || result.missing) continue;
        const where = `wizard ${step} ${locale} ${cpuLabel(cpu)}`;
        const note = `${result.fullLoad ? ' (full page load)' : ''}${result.error ? ` (${result.error})` : ''}`;
        atMost(`wizardStep.${cpu}.${locale}.${step}.ms`, 'wizard step', where, result.ms, limit, ms, {
          note,
          broken: result.fullLoad,
        });
      }
    }
  }
  const search = budgets.search ?? {};
  for (const [locale, index] of Object.entries(report.search?.indexes ?? {})) {
    if (search.indexGzipBytes == null) break;
    atMost(
      `search.${locale}.index`,
      'search index (gzip)',
      `search ${locale}`,
      index?.gzip ?? null,
      search.indexGzipBytes,
      kB,
    );
  }
  for (const [locale, queries] of Object.entries(report.search?.keystroke ?? {})) {
    if (search.keystrokeToPaintMs == null) break;
    for (const [query, result] of Object.entries(queries)) {
      const where = `search ${locale} "${query}" ${report.search.cpuThrottling}× CPU`;
      atMost(
        `search.${locale}.${query}.ms`,
        'keystroke → results painted',
        where,
        result.ms,
        search.keystrokeToPaintMs,
        ms,
        { note: result.note },
      );
    }
  }
  return checks;
}

/**
 * The static floor's LCP for a preset: the median over all its runs, in every locale. Lighthouse's simulated
 * LCP of these small pages is bimodal (in some runs it equals FCP, in others it is 70-100 ms later), so a
 * median of one locale's three runs sometimes lands on the low mode by chance; the text differs between
 * locales, the floor's timing does not.
 */
export function pooledFloorLcp(report, preset) {
  return median(
    (report.lighthouse?.runs ?? [])
      .filter((run) => run.preset === preset && run.route === 'static-floor')
      .map((run) => run.metrics?.lcp),
  );
}
