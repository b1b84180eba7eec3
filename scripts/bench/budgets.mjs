// Compares the bench's figures with bench/budgets.json (one check per figure and place, each saying whether
// it holds) and renders the report: one table of every check, a broken one marked ✗.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { kB, median, ms } from './util.mjs';

export const BUDGETS_FILE = path.join(import.meta.dirname, '../../bench/budgets.json');

export const readBudgets = () => JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));

/**
 * A median with the lowest and highest of the values it was taken from, e.g. "46 ms (16–47)": timings on
 * a shared machine spread from run to run, and a median just over a budget reads differently next to its
 * spread. The median alone when there is only one value.
 */
export function withSpread(median, values = []) {
  const finite = values.filter((value) => Number.isFinite(value));
  if (median == null || finite.length < 2) return ms(median);
  return `${ms(median)} (${Math.round(Math.min(...finite))}–${Math.round(Math.max(...finite))})`;
}

/**
 * The static floor's LCP for a preset: the median over all its runs, in every locale. Lighthouse's simulated
 * LCP of these small pages is bimodal (in some runs it equals FCP, in others it is 70-100 ms later), so one
 * locale's median of three sometimes lands on the low mode by chance.
 */
export function pooledFloorLcp(runs, preset) {
  const floorRuns = runs.filter((run) => run.preset === preset && run.route === 'static-floor');
  return median(floorRuns.map((run) => run.metrics?.lcp));
}

/**
 * Every budget check of a report: { figure, where, value, ok, shown, bound, text }. A figure that was not
 * measured (null) or has no budget breaks; a part the run did not measure (see --only) has no checks.
 */
export function checkBudgets(report, budgets) {
  const checks = [];
  const check = (figure, where, value, limit, options = {}) => {
    const { show = ms, shown = show(value), note = '', least = false } = options;
    const ok = value != null && limit != null && (least ? value >= limit : value <= limit);
    const bound = `${least ? '≥' : '≤'} ${show(limit)}`;
    const text = `${where}: ${figure} ${shown}${note}, budget ${bound}`;
    checks.push({ figure, where, value, ok, shown: shown + note, bound, text });
  };

  for (const [locale, routes] of Object.entries(report.firstLoad ?? {})) {
    for (const [route, load] of Object.entries(routes)) {
      const budget = budgets.firstLoad[route];
      const where = `${route} ${locale}`;
      check('first-load JS (gzip)', where, load?.js.total.gzip, budget?.jsGzipBytes, { show: kB });
      check('first-load CSS (gzip)', where, load?.css.total.gzip, budget?.cssGzipBytes, { show: kB });
    }
  }

  const { minScores = {}, ...lighthouse } = budgets.lighthouse ?? {};
  const runs = report.lighthouse ?? [];
  const places = new Map(runs.map(({ preset, locale, route }) => [`${route} ${locale} ${preset}`, preset]));
  for (const [where, preset] of places) {
    const limits = lighthouse[preset] ?? {};
    const ofPlace = runs.filter((run) => `${run.route} ${run.locale} ${run.preset}` === where);
    if (ofPlace[0].route === 'static-floor') continue;
    const measured = ofPlace.filter((run) => !run.error);
    const note = measured.length ? '' : ` (${ofPlace[0].error})`;
    const medianOf = (part, key) => median(measured.map((run) => run[part][key]));
    for (const [category, min] of Object.entries(minScores)) {
      const score = medianOf('scores', category);
      check(`Lighthouse ${category}`, where, score, min, { show: String, note, least: true });
    }
    if (limits.maxLcpVsStaticFloor != null) {
      const floorLcp = pooledFloorLcp(runs, preset);
      const limit = floorLcp === null ? null : floorLcp * limits.maxLcpVsStaticFloor;
      const floorNote = ` (${limits.maxLcpVsStaticFloor} × static floor ${ms(floorLcp)})`;
      check('LCP vs static floor', where, medianOf('metrics', 'lcp'), limit, { note: floorNote + note });
    }
    if (limits.maxTbtMs != null) {
      const tbt = medianOf('metrics', 'tbt');
      const shown = withSpread(
        tbt,
        measured.map((run) => run.metrics.tbt),
      );
      check('TBT', where, tbt, limits.maxTbtMs, { shown, note });
    }
    if (limits.maxCls != null) {
      const show = (value) => value?.toFixed(3) ?? 'n/a';
      check('CLS', where, medianOf('metrics', 'cls'), limits.maxCls, { show, note });
    }
  }

  const clickLimits = {
    'locale switch': budgets.interactions?.localeSwitchMs,
    'wizard step': budgets.interactions?.wizardStepMs,
  };
  for (const timing of report.interactions ?? []) {
    const { figure, where, cpu, fullLoad, error } = timing;
    const note = `${fullLoad ? ' (full page load)' : ''}${error ? ` (${error})` : ''}`;
    // A click that loads a new page breaks the budget whatever its time.
    const value = fullLoad ? null : timing.ms;
    const shown = withSpread(timing.ms, timing.samples);
    check(figure, `${where} ${cpu}`, value, clickLimits[figure]?.[cpu], { shown, note });
  }

  const search = budgets.search ?? {};
  for (const { where, ms: time, samples, error } of report.search ?? []) {
    const options = { shown: withSpread(time, samples), note: error ? ` (${error})` : '' };
    check('keystroke → results painted', where, time, search.keystrokeToPaintMs, options);
  }

  const embed = budgets.embed ?? {};
  if (report.embed) {
    const { ready, firstResize, scriptGzip } = report.embed;
    const shown = (timing) => withSpread(timing.ms, timing.samples);
    check('mount() → ready', 'embedded wizard', ready.ms, embed.readyMs, { shown: shown(ready) });
    check('mount() → first resize', 'embedded wizard', firstResize.ms, embed.firstResizeMs, {
      shown: shown(firstResize),
    });
    check('embed.js (gzip)', 'host script', scriptGzip, embed.scriptGzipBytes, { show: kB });
  }
  return checks;
}

/** The report as markdown: what was measured where, every check, and the audits that cost points. */
export function renderMarkdown(report) {
  const { checks } = report.budgets;
  const env = report.environment;
  const passing = checks.filter((check) => check.ok).length;
  const machine = [`Node ${env.node}`, env.chromium, `Lighthouse ${env.lighthouse}`, `${env.cpus} CPUs`];
  const lines = [
    `Measured ${report.generatedAt}: ${report.options.parts.join(', ')} (${report.options.mode}), ` +
      `${report.locales.join(', ')}; ${machine.filter(Boolean).join(', ')}, ` +
      `load average ${env.loadAverage.start[0]} at start, ${env.loadAverage.end[0]} at end.`,
    '',
    `### Budgets: ${passing} of ${checks.length} checks pass (${report.budgets.file})`,
    '',
    '| Figure | Where | Measured | Budget |',
    '| :-- | :-- | --: | --: |',
    ...checks.map(
      (check) =>
        `| ${check.figure} | ${check.where} | ${check.ok ? check.shown : `**${check.shown}** ✗`} | ${check.bound} |`,
    ),
  ];
  // Each Lighthouse audit that cost points, with the runs it cost them in.
  const audits = new Map();
  const pageRuns = (report.lighthouse ?? []).filter((run) => run.route !== 'static-floor');
  for (const { preset, locale, route, run, failing = [] } of pageRuns) {
    for (const audit of failing)
      audits.set(audit, [...(audits.get(audit) ?? []), `${route} ${locale} ${preset} run ${run}`]);
  }
  if (audits.size) lines.push('', '### Lighthouse audits that cost points', '');
  for (const [audit, where] of audits) lines.push(`- ${audit}: ${where.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
