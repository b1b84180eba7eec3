// Renders the bench report (the JSON written to .bench/report.json) as markdown tables.
import { busyWarning } from './machine.mjs';
import { kB, ms, percent } from './util.mjs';

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

export function renderMarkdown(report) {
  const broken = new Set(report.budgets.checks.filter((check) => !check.ok).map((check) => check.key));
  const mark = (key, text) => (broken.has(key) ? `**${text}**${BREAK}` : text);
  const routeLabel = Object.fromEntries(report.routes.map((route) => [route.id, route.label]));
  const out = [];
  const { mode, runs, samples, presets } = report.options;
  // What the timing tables' headings say about the spread withSpread shows.
  const sampleSpread = samples > 1 ? ' with the lowest–highest sample' : '';
  const load = report.environment.loadAverage;
  const loadAverage = load ? `, load average ${load.start?.[0]} at start, ${load.end?.[0]} at end` : '';
  const otherWork = report.environment.otherWork;
  const otherWorkText = otherWork
    ? `; CPUs busy with other work ${percent(otherWork.before)} before, ${percent(otherWork.after)} after`
    : '';
  out.push(
    `Measured ${report.generatedAt} (${mode}: Lighthouse ${report.environment.lighthouse}, ${runs} run${runs > 1 ? 's' : ''} per preset, ` +
      `${presets.join(' + ')}; ${samples} sample${samples > 1 ? 's' : ''} per interaction; ${report.environment.chromium}; ` +
      `Node ${report.environment.node}, ${report.environment.cpus} CPUs${loadAverage}${otherWorkText}). ✗ = breaks a budget of bench/budgets.json.`,
  );
  const warning = busyWarning(otherWork);
  if (warning) out.push('', `**⚠ ${warning}**`);

  // First load.
  out.push('', '### First-load JavaScript and CSS (before any interaction; 1 kB = 1000 bytes)', '');
  const loadRows = [];
  for (const route of report.routes) {
    for (const locale of report.locales) {
      const load = report.firstLoad[locale]?.[route.id];
      if (!load) {
        loadRows.push([route.label, locale, 'n/a (route missing)', '', '', '', '', '', '', '']);
        continue;
      }
      const key = `firstLoad.${locale}.${route.id}`;
      loadRows.push([
        route.label,
        locale,
        kB(load.js.total.raw),
        mark(`${key}.js`, kB(load.js.total.gzip)),
        kB(load.js.total.brotli),
        String(load.js.requests),
        kB(load.css.total.raw),
        mark(`${key}.css`, kB(load.css.total.gzip)),
        kB(load.css.total.brotli),
        kB(load.html.gzip),
      ]);
    }
  }
  out.push(
    table(
      [
        'Route',
        'Locale',
        'JS raw',
        'JS gzip',
        'JS brotli',
        'JS files',
        'CSS raw',
        'CSS gzip',
        'CSS brotli',
        'HTML gzip',
      ],
      loadRows,
      ['l', 'l'],
    ),
  );

  // Lighthouse.
  for (const preset of presets) {
    out.push(
      '',
      `### Lighthouse ${preset} (median of ${runs}${runs > 1 ? '; TBT with its lowest–highest run' : ''})`,
      '',
    );
    const rows = [];
    const medians = report.lighthouse.medians[preset] ?? {};
    const tbtOfRuns = (locale, route) =>
      (report.lighthouse.runs ?? [])
        .filter((run) => run.preset === preset && run.locale === locale && run.route === route)
        .map((run) => run.metrics?.tbt);
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
        rows.push([
          route.label,
          locale,
          mark(`${key}.performance`, num(s.performance)),
          mark(`${key}.accessibility`, num(s.accessibility)),
          mark(`${key}.best-practices`, num(s['best-practices'])),
          mark(`${key}.seo`, num(s.seo)),
          ms(m.fcp),
          mark(`${key}.lcp`, ms(m.lcp)),
          mark(`${key}.tbt`, withSpread(m.tbt, tbtOfRuns(locale, route.id))),
          mark(`${key}.cls`, num(m.cls, 3)),
          kB(m.transferBytes),
          kB(m.scriptTransferBytes),
        ]);
        if (result.errors?.length)
          rows.at(-1)[0] += ` (${result.errors.length} run(s) failed: ${result.errors[0]})`;
      }
    }
    out.push(
      table(
        [
          'Route',
          'Locale',
          'Perf',
          'A11y',
          'Best pr.',
          'SEO',
          'FCP',
          'LCP',
          'TBT',
          'CLS',
          'Transfer',
          'JS transfer',
        ],
        rows,
        ['l', 'l'],
      ),
    );
  }

  // Interactions.
  out.push(
    '',
    `### Interactions in Chromium (median of ${samples}${sampleSpread}; click → new heading painted)`,
    '',
  );
  out.push(
    'Each click comes once the page has settled (hydrated, network idle, its idle-time warm-up done), as for ' +
      'a reader who has looked at the page for a moment.',
    '',
  );
  const cpus = Object.keys(report.interactions.localeSwitch);
  const cpuLabel = (cpu) =>
    cpu === 'normal' ? 'normal CPU' : `${cpu.replace('cpu', '').replace('x', '×')} CPU`;
  const switchRows = [];
  for (const route of report.routes) {
    for (const locale of report.interactions.locales) {
      const cells = [];
      let to = '';
      let fullLoad = false;
      for (const cpu of cpus) {
        const result = report.interactions.localeSwitch[cpu]?.[locale]?.[route.id];
        if (!result) cells.push('n/a');
        else if (result.missing) cells.push('n/a (route missing)');
        else {
          to = result.to;
          fullLoad ||= result.fullLoad === true;
          const key = `localeSwitch.${cpu}.${locale}.${route.id}`;
          cells.push(
            result.ms === null
              ? `n/a (${result.error})`
              : mark(`${key}.ms`, withSpread(result.ms, result.samples)),
          );
        }
      }
      switchRows.push([
        `locale switch, ${route.label}`,
        `${locale} → ${to || '?'}`,
        ...cells,
        fullLoad ? `**yes**${BREAK}` : 'no',
      ]);
    }
  }
  const wizardRows = [];
  for (const step of ['question', 'outcome']) {
    for (const locale of report.interactions.locales) {
      const cells = cpus.map((cpu) => {
        const result = report.interactions.wizardStep[cpu]?.[locale]?.[step];
        if (!result) return 'n/a';
        if (result.missing) return 'n/a (route missing)';
        if (result.ms === null) return `n/a (${result.error})`;
        return mark(`wizardStep.${cpu}.${locale}.${step}.ms`, withSpread(result.ms, result.samples));
      });
      const any = cpus.map((cpu) => report.interactions.wizardStep[cpu]?.[locale]?.[step]).find(Boolean);
      const label =
        step === 'question' ? 'wizard step: question 1 → 2' : 'wizard step: last answer → outcome';
      wizardRows.push([
        label,
        locale,
        ...cells,
        any?.fullLoad ? `**yes**${BREAK}` : any?.fullLoad === false ? 'no' : 'n/a',
      ]);
    }
  }
  out.push(
    table(
      ['Interaction', 'Locale', ...cpus.map(cpuLabel), 'Full page load'],
      [...switchRows, ...wizardRows],
      ['l', 'l'],
    ),
  );

  // Early clicks.
  const early = report.interactions.localeSwitchEarly ?? {};
  const earlyRows = report.interactions.locales.flatMap((locale) => {
    const results = cpus.map((cpu) => early[cpu]?.[locale]);
    if (!results.some(Boolean)) return [];
    return [
      [
        'locale switch, article',
        `${locale} → ${results.find(Boolean)?.to ?? '?'}`,
        ...results.map((result) =>
          !result
            ? 'n/a'
            : result.ms === null
              ? `n/a (${result.error})`
              : withSpread(result.ms, result.samples),
        ),
        results.some((result) => result?.fullLoad) ? 'yes' : 'no',
      ],
    ];
  });
  if (earlyRows.length) {
    out.push(
      '',
      `### Locale switch clicked as soon as the page has hydrated (median of ${samples}${sampleSpread}; shown, no budget)`,
      '',
      'Before the page has settled: the other locale may still be on its way, and its glyphs not yet measured.',
      '',
      table(['Interaction', 'Locale', ...cpus.map(cpuLabel), 'Full page load'], earlyRows, ['l', 'l']),
    );
  }

  // Peers.
  if (report.peers?.length) {
    out.push('', '### Compared with the measured peers (our article route, worst locale)', '');
    out.push(
      table(
        ['Site', 'First-load JS gzip', 'Mobile perf', 'Mobile LCP', 'Desktop LCP'],
        report.peers.map((peer) => [
          peer.name,
          peer.jsGzipBytes == null ? 'n/a' : kB(peer.jsGzipBytes),
          num(peer.performance),
          ms(peer.lcpMs),
          ms(peer.desktopLcpMs),
        ]),
        ['l'],
      ),
    );
  }

  // Budgets.
  const failures = report.budgets.checks.filter((check) => !check.ok);
  out.push(
    '',
    `### Budgets: ${report.budgets.checks.length - failures.length} of ${report.budgets.checks.length} checks pass`,
    '',
  );
  if (failures.length === 0) out.push('Every figure is within its budget.');
  else {
    const byFigure = new Map();
    for (const check of failures) byFigure.set(check.figure, [...(byFigure.get(check.figure) ?? []), check]);
    for (const [figure, list] of byFigure) {
      out.push(`- **${figure}** (${list.length}):`);
      for (const check of list) out.push(`  - ${check.text}`);
    }
  }

  // Lighthouse audits that cost points.
  if (report.lighthouse.failingAudits.length) {
    out.push('', '### Lighthouse audits that cost points (in any run)', '');
    out.push(
      table(
        ['Category', 'Audit', 'Says', 'Where (preset locale route: runs)'],
        report.lighthouse.failingAudits.map((audit) => [
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
          audit.where
            .map((w) => `${w.preset} ${w.locale} ${routeLabel[w.route] ?? w.route}: ${w.runs}`)
            .join('; '),
        ]),
        ['l', 'l', 'l', 'l'],
      ),
    );
  }
  return out.join('\n') + '\n';
}
