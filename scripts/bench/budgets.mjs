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

/**
 * All budget checks for a report. Each: { key, figure, where, value, limit, ok, text }.
 * `key` identifies the cell a check belongs to (so the tables can mark it).
 */
export function checkBudgets(report, budgets) {
  const checks = [];
  const add = (key, figure, where, value, limit, ok, text) =>
    checks.push({ key, figure, where, value, limit, ok, text });

  // First-load bytes.
  for (const [locale, routes] of Object.entries(report.firstLoad)) {
    for (const [route, load] of Object.entries(routes)) {
      const budget = budgets.firstLoad?.[route];
      if (!budget || !load) continue;
      const where = `${route} ${locale}`;
      if (budget.jsGzipBytes != null) {
        const ok = load.js.total.gzip <= budget.jsGzipBytes;
        add(
          `firstLoad.${locale}.${route}.js`,
          'first-load JS (gzip)',
          where,
          load.js.total.gzip,
          budget.jsGzipBytes,
          ok,
          `${where}: first-load JS ${kB(load.js.total.gzip)} gzip ${ok ? '≤' : '>'} ${kB(budget.jsGzipBytes)}`,
        );
      }
      if (budget.cssGzipBytes != null) {
        const ok = load.css.total.gzip <= budget.cssGzipBytes;
        add(
          `firstLoad.${locale}.${route}.css`,
          'first-load CSS (gzip)',
          where,
          load.css.total.gzip,
          budget.cssGzipBytes,
          ok,
          `${where}: first-load CSS ${kB(load.css.total.gzip)} gzip ${ok ? '≤' : '>'} ${kB(budget.cssGzipBytes)}`,
        );
      }
    }
  }

  // Lighthouse.
  const lh = budgets.lighthouse ?? {};
  for (const [preset, locales] of Object.entries(report.lighthouse.medians)) {
    const floorOfPreset = pooledFloorLcp(report, preset);
    for (const [locale, routes] of Object.entries(locales)) {
      const floorLcp = floorOfPreset ?? routes['static-floor']?.metrics?.lcp ?? null;
      for (const [route, result] of Object.entries(routes)) {
        if (route === 'static-floor' || !result) continue;
        const where = `${route} ${locale} ${preset}`;
        const key = `lighthouse.${preset}.${locale}.${route}`;
        for (const [category, min] of Object.entries(lh.minScores ?? {})) {
          const value = result.scores?.[category] ?? null;
          const ok = value !== null && value >= min;
          add(
            `${key}.${category}`,
            `Lighthouse ${category}`,
            where,
            value,
            min,
            ok,
            `${where}: ${category} ${score(value)} ${ok ? '≥' : '<'} ${min}${value === null ? ` (${result.error ?? 'no result'})` : ''}`,
          );
        }
        const limits = lh[preset] ?? {};
        const metrics = result.metrics ?? {};
        if (limits.maxLcpVsStaticFloor != null) {
          const limit = floorLcp === null ? null : floorLcp * limits.maxLcpVsStaticFloor;
          const value = metrics.lcp ?? null;
          const ok = value !== null && limit !== null && value <= limit;
          add(
            `${key}.lcp`,
            'LCP vs static floor',
            where,
            value,
            limit,
            ok,
            `${where}: LCP ${ms(value)} ${ok ? '≤' : '>'} ${limits.maxLcpVsStaticFloor} × static floor ${ms(floorLcp)} = ${ms(limit)}`,
          );
        }
        if (limits.maxTbtMs != null) {
          const value = metrics.tbt ?? null;
          const ok = value !== null && value <= limits.maxTbtMs;
          add(
            `${key}.tbt`,
            'TBT',
            where,
            value,
            limits.maxTbtMs,
            ok,
            `${where}: TBT ${ms(value)} ${ok ? '≤' : '>'} ${ms(limits.maxTbtMs)}`,
          );
        }
        if (limits.maxCls != null) {
          const value = metrics.cls ?? null;
          const ok = value !== null && value <= limits.maxCls;
          add(
            `${key}.cls`,
            'CLS',
            where,
            value,
            limits.maxCls,
            ok,
            `${where}: CLS ${cls(value)} ${ok ? '≤' : '>'} ${limits.maxCls}`,
          );
        }
      }
    }
  }

  // Interactions.
  const inter = budgets.interactions ?? {};
  for (const [cpu, locales] of Object.entries(report.interactions.localeSwitch)) {
    const limit = inter.localeSwitchMs?.[cpu];
    for (const [locale, routes] of Object.entries(locales)) {
      for (const [route, result] of Object.entries(routes)) {
        if (!result || result.missing) continue;
        const where = `${route} ${locale}→${result.to} ${cpu === 'normal' ? 'normal CPU' : cpu}`;
        const key = `localeSwitch.${cpu}.${locale}.${route}`;
        if (limit != null) {
          const ok = result.ms !== null && result.ms <= limit;
          add(
            `${key}.ms`,
            'locale switch',
            where,
            result.ms,
            limit,
            ok,
            `${where}: locale switch ${ms(result.ms)} ${ok ? '≤' : '>'} ${ms(limit)}${result.error ? ` (${result.error})` : ''}`,
          );
        }
        addSettledCheck(add, key, where, result);
        if (inter.localeSwitchWithoutFullPageLoad) {
          const ok = result.fullLoad === false;
          add(
            `${key}.fullLoad`,
            'locale switch without full page load',
            where,
            result.fullLoad,
            false,
            ok,
            `${where}: ${result.fullLoad ? 'full page load' : result.fullLoad === false ? 'no full page load' : 'not measured'}`,
          );
        }
      }
    }
  }
  for (const [cpu, locales] of Object.entries(report.interactions.wizardStep)) {
    const limit = inter.wizardStepMs?.[cpu];
    if (limit == null) continue;
    for (const [locale, steps] of Object.entries(locales)) {
      for (const [step, result] of Object.entries(steps)) {
        if (!result || result.missing) continue;
        const where = `wizard ${step} ${locale} ${cpu === 'normal' ? 'normal CPU' : cpu}`;
        addSettledCheck(add, `wizardStep.${cpu}.${locale}.${step}`, where, result);
        const ok = result.ms !== null && result.ms <= limit && !result.fullLoad;
        add(
          `wizardStep.${cpu}.${locale}.${step}.ms`,
          'wizard step',
          where,
          result.ms,
          limit,
          ok,
          `${where}: wizard step ${ms(result.ms)}${result.fullLoad ? ' (full page load)' : ''} ${ok ? '≤' : '>'} ${ms(limit)}${result.error ? ` (${result.error})` : ''}`,
        );
      }
    }
  }
  return checks;
}

/**
 * Timed clicks come once the page has settled (its idle-time work after load done): a page that never
 * says so was clicked after a timeout instead, and its figure does not measure what the budget means.
 */
function addSettledCheck(add, key, where, result) {
  if (result.settled !== false) return;
  add(
    `${key}.settled`,
    'page settled before the click',
    where,
    false,
    true,
    false,
    `${where}: the page never set its settled mark (help-center:settled) before the click`,
  );
}

/**
 * The static floor's LCP for a preset: the median over all its runs, in every locale. Lighthouse's simulated
 * LCP of these small pages is bimodal (in some runs it equals FCP, in others it is 70-100 ms later), so a
 * median of one locale's three runs sometimes lands on the low mode by chance; the text differs between
 * locales, the floor's timing does not.
 */
export function pooledFloorLcp(report, preset) {
  return median(
    (report.lighthouse.runs ?? [])
      .filter((run) => run.preset === preset && run.route === 'static-floor')
      .map((run) => run.metrics?.lcp),
  );
}
