// Renders the bench report (the JSON written to .bench/report.json) as markdown tables. A part the run did
// not measure (null in the report, see --only) has no table.
import { kB, ms } from './util.mjs';

const BREAK = ' ✗';

function table(headers, rows, align = []) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(headers),
    line(headers.map((_, index) => (align[index] === 'l' ? ':--' : '--:'))),
    ...rows.map(line),
  ].join('\n');
}

const num = (value, digits = 0) => (value == null ? 'n/a' : value.toFixed(digits));
const plural = (count, word) => `${count} ${word}${count > 1 ? 's' : ''}`;

/**
 * A median with the lowest and highest of the values it was taken from, e.g. "46 ms (16–47)": timings on
 * a shared machine spread from run to run, and a median just over a budget reads differently next to its
 * spread. The median alone when there is only one value.
 */
export function withSpread(median, values) {
  const finite = (values ?? []).filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (median == null || finite.length < 2) return ms(median);
  const low = Math.round(Math.min(...finite));
  const high = Math.round(Math.max(...finite));
  return `${ms(median)} (${low}–${high})`;
}

function firstLoadSection(report, mark) {
  const rows = [];
  for (const route of report.routes) {
    for (const locale of report.locales) {
      const load = report.firstLoad[locale]?.[route.id];
      if (!load) {
        rows.push([route.label, locale, 'n/a (route missing)', '', '', '', '', '', '', '']);
        continue;
      }
      const key = `firstLoad.${locale}.${route.id}`;
      const { js, css } = load;
      rows.push([
        route.label,
        locale,
        kB(js.total.raw),
        mark(`${key}.js`, kB(js.total.gzip)),
        kB(js.total.brotli),
        String(js.requests),
        kB(css.total.raw),
        mark(`${key}.css`, kB(css.total.gzip)),
        kB(css.total.brotli),
        kB(load.html.gzip),
      ]);
    }
  }
  const headers = ['Route', 'Locale', 'JS raw', 'JS gzip', 'JS brotli', 'JS files'];
  headers.push('CSS raw', 'CSS gzip', 'CSS brotli', 'HTML gzip');
  return [
    '### First-load JavaScript and CSS (before any interaction; 1 kB = 1000 bytes)',
    '',
    table(headers, rows, ['l', 'l']),
  ];
}

function lighthouseSection(report, mark, preset) {
  const { runs } = report.options;
  const medians = report.lighthouse.medians[preset] ?? {};
  const tbtOfRuns = (locale, route) =>
    report.lighthouse.runs
      .filter((run) => run.preset === preset && run.locale === locale && run.route === route)
      .map((run) => run.metrics?.tbt);
  const rows = [];
  for (const route of [...report.routes, { id: 'static-floor', label: 'static floor (article, no JS)' }]) {
    for (const locale of report.locales) {
      const result = medians[locale]?.[route.id];
      if (result === undefined) continue;
      if (result === null || result.missing) {
        rows.push([route.label, locale, 'n/a (route missing)', '', '', '', '', '', '', '', '', '']);
        continue;
      }
      const key = `lighthouse.${preset}.${locale}.${route.id}`;
      const s = result.scores ?? {};
      const m = result.metrics ?? {};
      const failed = result.errors?.length
        ? ` (${result.errors.length} run(s) failed: ${result.errors[0]})`
        : '';
      rows.push([
        route.label + failed,
        locale,
        ...['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
          mark(`${key}.${id}`, num(s[id])),
        ),
        ms(m.fcp),
        mark(`${key}.lcp`, ms(m.lcp)),
        mark(`${key}.tbt`, withSpread(m.tbt, tbtOfRuns(locale, route.id))),
        mark(`${key}.cls`, num(m.cls, 3)),
        kB(m.transferBytes),
        kB(m.scriptTransferBytes),
      ]);
    }
  }
  const headers = ['Route', 'Locale', 'Perf', 'A11y', 'Best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];
  headers.push('Transfer', 'JS transfer');
  return [
    `### Lighthouse ${preset} (median of ${runs}${runs > 1 ? '; TBT with its lowest–highest run' : ''})`,
    '',
    table(headers, rows, ['l', 'l']),
  ];
}

function interactionsSection(report, mark) {
  const { samples } = report.options;
  const { localeSwitch, wizardStep, locales } = report.interactions;
  const cpus = Object.keys(localeSwitch);
  const cpuLabel = (cpu) =>
    cpu === 'normal' ? 'normal CPU' : `${cpu.replace('cpu', '').replace('x', '×')} CPU`;
  /** One table row: a timing per CPU, and whether any sample loaded a new page. */
  const row = (label, locale, resultOf, key) => {
    const results = cpus.map(resultOf);
    const cells = results.map((result, index) => {
      if (!result) return 'n/a';
      if (result.missing) return 'n/a (route missing)';
      if (result.ms === null) return `n/a (${result.error})`;
      return mark(`${key(cpus[index])}.ms`, withSpread(result.ms, result.samples));
    });
    const measured = results.filter((result) => result && !result.missing && result.fullLoad != null);
    const fullLoad = measured.some((result) => result.fullLoad);
    return [label, locale, ...cells, fullLoad ? `**yes**${BREAK}` : measured.length ? 'no' : 'n/a'];
  };
  const rows = [];
  for (const route of report.routes) {
    for (const locale of locales) {
      const to = cpus.map((cpu) => localeSwitch[cpu]?.[locale]?.[route.id]?.to).find(Boolean);
      rows.push(
        row(
          `locale switch, ${route.label}`,
          `${locale} → ${to ?? '?'}`,
          (cpu) => localeSwitch[cpu]?.[locale]?.[route.id],
          (cpu) => `localeSwitch.${cpu}.${locale}.${route.id}`,
        ),
      );
    }
  }
  const steps = { question: 'question 1 → 2', outcome: 'last answer → outcome' };
  for (const [step, label] of Object.entries(steps)) {
    for (const locale of locales) {
      rows.push(
        row(
          `wizard step: ${label}`,
          locale,
          (cpu) => wizardStep[cpu]?.[locale]?.[step],
          (cpu) => `wizardStep.${cpu}.${locale}.${step}`,
        ),
      );
    }
  }
  const spread = samples > 1 ? ' with the lowest–highest sample' : '';
  return [
    `### Interactions in Chromium (median of ${samples}${spread}; click → new heading painted)`,
    '',
    'Each click comes once the page has hydrated and the network is idle.',
    '',
    table(['Interaction', 'Locale', ...cpus.map(cpuLabel), 'Full page load'], rows, ['l', 'l']),
  ];
}

function budgetsSection(report) {
  const { checks } = report.budgets;
  const failures = checks.filter((check) => !check.ok);
  const out = [`### Budgets: ${checks.length - failures.length} of ${checks.length} checks pass`, ''];
  if (failures.length === 0) return [...out, 'Every figure is within its budget.'];
  const byFigure = new Map();
  for (const check of failures) byFigure.set(check.figure, [...(byFigure.get(check.figure) ?? []), check]);
  for (const [figure, list] of byFigure) {
    out.push(`- **${figure}** (${list.length}):`, ...list.map((check) => `  - ${check.text}`));
  }
  return out;
}

function auditsSection(report) {
  const routeLabel = Object.fromEntries(report.routes.map((route) => [route.id, route.label]));
  const rows = report.lighthouse.failingAudits.map((audit) => [
    audit.category,
    `\`${audit.id}\``,
    [
      audit.title,
      audit.displayValue,
      audit.explanation,
      audit.items.length ? `e.g. ${audit.items.join('; ')}` : '',
    ]
      .filter(Boolean)
      .join(' — ')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' '),
    audit.where.map((w) => `${w.preset} ${w.locale} ${routeLabel[w.route] ?? w.route}: ${w.runs}`).join('; '),
  ]);
  return [
    '### Lighthouse audits that cost points (in any run)',
    '',
    table(['Category', 'Audit', 'Says', 'Where (preset locale route: runs)'], rows, ['l', 'l', 'l', 'l']),
  ];
}

function heading(report) {
  const { mode, parts, runs, samples, presets } = report.options;
  const env = report.environment;
  const load = env.loadAverage;
  const what = [
    report.lighthouse &&
      `Lighthouse ${env.lighthouse}, ${plural(runs, 'run')} per preset, ${presets.join(' + ')}`,
    report.interactions && `${plural(samples, 'sample')} per interaction`,
    [report.firstLoad, report.lighthouse, report.interactions, report.search].includes(null) &&
      `${parts.join(', ')} only`,
  ].filter(Boolean);
  const machine = [
    env.chromium,
    `Node ${env.node}, ${env.cpus} CPUs` +
      (load ? `, load average ${load.start?.[0]} at start, ${load.end?.[0]} at end` : ''),
  ].filter(Boolean);
  return [
    `Measured ${report.generatedAt} (${mode}: ${[...what, ...machine].join('; ')}). ` +
      '✗ = breaks a budget of bench/budgets.json.',
  ];
}

function searchSection(report, mark) {
  const { indexes, keystroke, cpuThrottling } = report.search;
  const rows = Object.entries(indexes).map(([locale, index]) => [
    locale,
    mark(`search.${locale}.index`, index ? kB(index.gzip) : 'missing'),
    ...Object.entries(keystroke[locale] ?? {}).map(([query, result]) =>
      mark(
        `search.${locale}.${query}.ms`,
        `"${query}" ${result.ms == null ? 'n/a' : `${Math.round(result.ms)} ms (${Math.round(result.min)}–${Math.round(result.max)})`}`,
      ),
    ),
  ]);
  return [
    `### Sentence search (index gzip; keystroke → results painted at ${cpuThrottling}× CPU, median)`,
    '',
    table(['Locale', 'Index', 'Query 1', 'Query 2'], rows, ['l', 'r', 'l', 'l']),
  ];
}

export function renderMarkdown(report) {
  const broken = new Set(report.budgets.checks.filter((check) => !check.ok).map((check) => check.key));
  const mark = (key, text) => (broken.has(key) ? `**${text}**${BREAK}` : text);
  const sections = [
    heading(report),
    report.firstLoad && firstLoadSection(report, mark),
    ...(report.lighthouse
      ? report.options.presets.map((preset) => lighthouseSection(report, mark, preset))
      : []),
    report.interactions && interactionsSection(report, mark),
    report.search && searchSection(report, mark),
    budgetsSection(report),
    report.lighthouse?.failingAudits.length && auditsSection(report),
  ];
  return (
    sections
      .filter(Boolean)
      .map((lines) => lines.join('\n'))
      .join('\n\n') + '\n'
  );
}
