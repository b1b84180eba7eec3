// Compares the bench's figures with bench/budgets.json (one check per figure and place, each saying whether
// it holds) and renders the report: one table of every check, a broken one marked ✗.
import { kB, median, ms, withSpread } from './util.mjs';

/** A route's LCP for a preset (the static floor's by default): the median of its runs in every locale. One run spreads
 * ±15–20 % (2026-12-07: the floor 881–1104 ms, pages 802–1456), so one locale's three cannot resolve 10 %. */
export function pooledLcp(runs, preset, route = 'static-floor') {
  const ofRoute = runs.filter((run) => run.preset === preset && run.route === route && !run.error);
  return median(ofRoute.map((run) => run.metrics?.lcp));
}

/** Every budget check of a report: { figure, where, value, ok, shown, bound, text }. A figure not measured
 * (null) or without a budget breaks; a part the run did not measure (--only) has no checks. */
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
    const all = (part, key) => measured.map((run) => run[part][key]);
    const medianOf = (part, key) => median(all(part, key));
    for (const [category, min] of Object.entries(minScores)) {
      const score = medianOf('scores', category);
      check(`Lighthouse ${category}`, where, score, min, { show: String, note, least: true });
    }
    if (limits.maxTbtMs != null) {
      const tbt = medianOf('metrics', 'tbt');
      check('TBT', where, tbt, limits.maxTbtMs, { shown: withSpread(tbt, all('metrics', 'tbt')), note });
    }
    if (limits.maxCls != null) {
      const show = (value) => value?.toFixed(3) ?? 'n/a';
      check('CLS', where, medianOf('metrics', 'cls'), limits.maxCls, { show, note });
    }
  }

  // LCP per route, pooled over its locales like the floor (pooledLcp says why).
  for (const [preset, { maxLcpVsStaticFloor: ratio }] of Object.entries(lighthouse)) {
    const floor = pooledLcp(runs, preset);
    const limit = floor && floor * ratio;
    const options = { note: ` (every locale's runs; ${ratio} × static floor ${ms(floor)})` };
    for (const route of new Set(ratio == null ? [] : runs.map((run) => run.route)))
      if (route !== 'static-floor')
        check('LCP vs static floor', `${route} ${preset}`, pooledLcp(runs, preset, route), limit, options);
  }

  // Timings: a median each, and a timing whose samples failed (a click that loaded a new page, say) breaks.
  const { interactions, search, embed } = budgets;
  const timingLimits = {
    'locale switch': interactions?.localeSwitchMs,
    'wizard step': interactions?.wizardStepMs,
    'keystroke → results painted': search?.keystrokeToPaintMs,
    'mount() → ready': embed?.readyMs,
    'mount() → first resize': embed?.firstResizeMs,
  };
  for (const { figure, where, cpu, ms: time, samples, error } of report.timings ?? []) {
    const limit = cpu ? timingLimits[figure]?.[cpu] : timingLimits[figure];
    const options = { shown: withSpread(time, samples), note: error ? ` (${error})` : '' };
    check(figure, cpu ? `${where} ${cpu}` : where, error ? null : time, limit, options);
  }
  const script = report.embedScriptGzip;
  if (script !== undefined)
    check('embed.js (gzip)', 'host script', script, embed?.scriptGzipBytes, { show: kB });
  return checks;
}

/** The report as markdown: what was measured where, every check, and the audits that cost points. */
export function renderMarkdown(report) {
  const { checks } = report.budgets;
  const { node, chromium = 'no browser', cpus, loadAverage } = report.environment;
  const passing = checks.filter((check) => check.ok).length;
  const lines = [
    `Measured ${report.generatedAt}: ${report.parts.join(', ')} in ${report.locales.join(', ')}; ` +
      `Node ${node}, ${chromium}, ${cpus} CPUs; load average ${loadAverage[0]} → ${loadAverage[1]}.`,
    '',
    `### Budgets: ${passing} of ${checks.length} checks pass (${report.budgets.file})`,
    '',
    '| Figure | Where | Measured | Budget |',
    '| :-- | :-- | --: | --: |',
    ...checks.map(
      ({ figure, where, ok, shown, bound }) =>
        `| ${figure} | ${where} | ${ok ? shown : `**${shown}** ✗`} | ${bound} |`,
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
