// `npm run bench`: builds the site, serves it as `npm start` does, and measures every route in every locale:
// first-load bytes, Lighthouse (mobile + desktop, interleaved runs, plus a static-HTML floor), and interaction
// timings in Chromium. Writes .bench/report.json and .bench/report.md, prints the tables, checks
// bench/budgets.json, and exits non-zero when a budget breaks (unless --no-fail).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BUDGETS_FILE, checkBudgets, readBudgets } from './budgets.mjs';
import { stopAll, stopEverythingOnExit, track } from './cleanup.mjs';
import { firstLoad, readManifest } from './first-load.mjs';
import { headingOf, launchBrowser, timeLocaleSwitch, timeWizardStep } from './interactions.mjs';
import { CATEGORIES, runLighthouse } from './lighthouse.mjs';
import { busyWarning, sampleBusyShare } from './machine.mjs';
import { renderMarkdown } from './report.mjs';
import { ROUTES, discoverLocales, htmlFileFor, htmlLangOf } from './routes.mjs';
import { startSite, writeStaticFloor } from './sites.mjs';
import { CHROMIUM_PATH, kB, median, ms, percent, seconds } from './util.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, '.bench');
const USAGE = `Usage: npm run bench -- [options]

  --quick          1 Lighthouse run, mobile only, one locale, 1 sample per interaction (for development)
  --no-fail        exit 0 even when a budget breaks
  --dist=DIR       measure an existing build in DIR instead of building into .bench/dist
  --locale=ID      the locale --quick measures (default en-us, else the first)
  --runs=N         Lighthouse runs per route and preset (default 3; --quick: 1)
  --samples=N      samples per interaction timing (default 5; --quick: 1)
  -h, --help       this help

Writes .bench/report.json, .bench/report.md and .bench/lighthouse/*.json.gz; budgets: bench/budgets.json.`;

/** A mistake in how the bench was called: reported without a stack trace. */
class UsageError extends Error {}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        'no-fail': { type: 'boolean', default: false },
        dist: { type: 'string' },
        locale: { type: 'string' },
        runs: { type: 'string' },
        samples: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${error.message}\n\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (value, fallback, name) => {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} must be a positive integer`);
    return number;
  };
  return {
    mode: values.quick ? 'quick' : 'full',
    quick: values.quick,
    fail: !values['no-fail'],
    dist: values.dist ? path.resolve(values.dist) : null,
    locale: values.locale ?? null,
    runs: count(values.runs, values.quick ? 1 : 3, 'runs'),
    samples: count(values.samples, values.quick ? 1 : 5, 'samples'),
    presets: values.quick ? ['mobile'] : ['mobile', 'desktop'],
  };
}

const log = (message) => console.log(message);
const step = (message) => console.log(`\n== ${message}`);

function build(outDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: path.relative(ROOT, outDir) },
      stdio: 'inherit',
    });
    const stop = track(
      'build',
      async () => {
        if (child.exitCode === null) child.kill('SIGTERM');
      },
      () => child.kill('SIGKILL'),
    );
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      void stop();
      if (code === 0) resolve();
      else reject(new Error(`the build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

function environment(loadAtStart, otherWork) {
  let chromium = 'Chromium';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // reported as plain "Chromium"
  }
  const lighthouse = JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'),
  );
  return {
    node: process.versions.node,
    chromium,
    lighthouse: lighthouse.version,
    cpus: os.cpus().length,
    // Other work on the machine skews timings: the 1/5/15-minute load averages when the bench started and ended.
    loadAverage: { start: loadAtStart, end: os.loadavg().map((value) => Number(value.toFixed(2))) },
    // The load average lags and counts the bench's own build; this is the CPUs' busy share, sampled for 2 s
    // while the bench ran nothing (see machine.mjs).
    otherWork,
  };
}

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

async function measureInteractions(browser, site, dist, allLocales, locales, opts) {
  // localeSwitchEarly: the article's switch clicked as soon as the page has hydrated, before the page has
  // settled (shown, not budgeted: the budgets are for a reader who has looked at the page for a moment).
  const interactions = { locales, localeSwitch: {}, localeSwitchEarly: {}, wizardStep: {} };
  const cpus = [
    ['normal', 1],
    ['cpu4x', 4],
  ];
  const headings = new Map();
  const expectedHeading = async (url) => {
    if (!headings.has(url)) headings.set(url, await headingOf(browser, site.url + url));
    return headings.get(url);
  };
  const sample = async (label, measure) => {
    const results = [];
    const errors = [];
    for (let index = 0; index < opts.samples; index += 1) {
      try {
        results.push(await measure());
      } catch (error) {
        errors.push(error.message.split('\n')[0]);
      }
    }
    const result = {
      samples: results.map((item) => item.ms),
      ms: median(results.map((item) => item.ms)),
      domMs: median(results.map((item) => item.domMs)),
      fullLoad: results.length ? results.some((item) => item.fullLoad) : null,
      // false when a sample's page never settled (it was then clicked after the timeout); null: not asked.
      settled: results.some((item) => item.settled === false)
        ? false
        : results.some((item) => item.settled)
          ? true
          : null,
      settledAtMs: median(results.map((item) => item.settledAtMs)),
      heading: results[0]?.heading ?? null,
      pageErrors: [...new Set(results.flatMap((item) => item.pageErrors))],
      error: results.length ? null : (errors[0] ?? 'no sample'),
      errors,
    };
    const settledNote =
      result.settled === false
        ? ' NEVER SETTLED'
        : result.settled
          ? `; settled ${ms(result.settledAtMs)} after navigation`
          : '';
    log(
      `  ${label}: ${result.ms === null ? `n/a (${result.error})` : `${ms(result.ms)} (dom ${ms(result.domMs)}; samples ${result.samples.map((v) => Math.round(v)).join(', ')}${settledNote})`}` +
        `${result.fullLoad ? ' FULL PAGE LOAD' : ''}${result.pageErrors.length ? ` page errors: ${result.pageErrors.join('; ')}` : ''}`,
    );
    return result;
  };

  for (const [cpu, rate] of cpus) {
    interactions.localeSwitch[cpu] = {};
    interactions.localeSwitchEarly[cpu] = {};
    interactions.wizardStep[cpu] = {};
    for (const locale of locales) {
      const target = allLocales[(allLocales.indexOf(locale) + 1) % allLocales.length];
      const switches = (interactions.localeSwitch[cpu][locale] = {});
      for (const route of ROUTES) {
        const label = `locale switch ${route.label} ${locale} → ${target}, ${cpu === 'normal' ? 'normal CPU' : '4× CPU'}`;
        const from = htmlFileFor(dist, route.url(locale));
        const to = htmlFileFor(dist, route.url(target));
        if (!from || !to) {
          switches[route.id] = { missing: true, to: target };
          log(`  ${label}: n/a (route missing)`);
          continue;
        }
        if (target === locale) {
          switches[route.id] = { to: target, ms: null, fullLoad: null, error: 'only one locale' };
          continue;
        }
        const targetLang = htmlLangOf(to);
        let expected;
        try {
          expected = await expectedHeading(route.url(target));
        } catch (error) {
          switches[route.id] = { to: target, ms: null, fullLoad: null, error: error.message };
          log(`  ${label}: n/a (${error.message})`);
          continue;
        }
        const timeSwitch = (settle) =>
          timeLocaleSwitch(browser, {
            url: site.url + route.url(locale),
            targetLang,
            expected,
            cpuRate: rate,
            settle,
          });
        switches[route.id] = { to: target, ...(await sample(label, () => timeSwitch(true))) };
        if (route.id === 'article') {
          interactions.localeSwitchEarly[cpu][locale] = {
            to: target,
            ...(await sample(`${label}, clicked as soon as hydrated`, () => timeSwitch(false))),
          };
        }
      }

      const wizard = (interactions.wizardStep[cpu][locale] = {});
      const start = ROUTES.find((route) => route.id === 'wizard').url(locale);
      const steps = [
        ['question', start, 'partner-center'],
        ['outcome', `${start}?cloud=partner-center`, 'incident'],
      ];
      for (const [name, url, value] of steps) {
        const label = `wizard step ${name} ${locale}, ${cpu === 'normal' ? 'normal CPU' : '4× CPU'}`;
        if (!htmlFileFor(dist, url)) {
          wizard[name] = { missing: true };
          log(`  ${label}: n/a (route missing)`);
          continue;
        }
        wizard[name] = await sample(label, () =>
          timeWizardStep(browser, { url: site.url + url, value, cpuRate: rate }),
        );
      }
    }
  }
  return interactions;
}

async function measureLighthouse(site, floor, dist, locales, opts) {
  const lhrDir = path.join(OUT, 'lighthouse');
  rmSync(lhrDir, { recursive: true, force: true });
  mkdirSync(lhrDir, { recursive: true });
  const plan = [];
  for (let run = 1; run <= opts.runs; run += 1) {
    for (const locale of locales) {
      for (const route of [...ROUTES, { id: 'static-floor', floor: true, url: ROUTES[1].url }]) {
        for (const preset of opts.presets) plan.push({ run, locale, route, preset });
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
    const name = `${preset} ${locale} ${route.id} run ${run}/${opts.runs}`;
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
  for (const preset of opts.presets) {
    medians[preset] = {};
    for (const locale of locales) {
      medians[preset][locale] = {};
      for (const route of [...ROUTES.map((r) => r.id), 'static-floor']) {
        if (missing.has(`${preset}|${locale}|${route}`)) {
          medians[preset][locale][route] = { missing: true };
          continue;
        }
        const runs = results.filter((r) => r.preset === preset && r.locale === locale && r.route === route);
        medians[preset][locale][route] = medianOf(runs);
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

function peersOf(report, budgets) {
  const ours = { name: 'This help center (article route, worst locale)' };
  const loads = Object.values(report.firstLoad)
    .map((routes) => routes.article)
    .filter(Boolean);
  ours.jsGzipBytes = loads.length ? Math.max(...loads.map((load) => load.js.total.gzip)) : null;
  const article = (preset) =>
    Object.values(report.lighthouse.medians[preset] ?? {})
      .map((routes) => routes.article)
      .filter((result) => result?.scores);
  const mobile = article('mobile');
  const desktop = article('desktop');
  ours.performance = mobile.length ? Math.min(...mobile.map((result) => result.scores.performance)) : null;
  ours.lcpMs = mobile.length ? Math.max(...mobile.map((result) => result.metrics.lcp)) : null;
  ours.desktopLcpMs = desktop.length ? Math.max(...desktop.map((result) => result.metrics.lcp)) : null;
  const floorOf = (preset) =>
    Object.values(report.lighthouse.medians[preset] ?? {})
      .map((routes) => routes['static-floor'])
      .filter((result) => result?.metrics);
  const floor = {
    name: 'This help center, static floor (article without scripts, worst locale)',
    jsGzipBytes: 0,
    performance: floorOf('mobile').length
      ? Math.min(...floorOf('mobile').map((r) => r.scores.performance))
      : null,
    lcpMs: floorOf('mobile').length ? Math.max(...floorOf('mobile').map((r) => r.metrics.lcp)) : null,
    desktopLcpMs: floorOf('desktop').length
      ? Math.max(...floorOf('desktop').map((r) => r.metrics.lcp))
      : null,
  };
  const peers = Object.entries(budgets.peers ?? {})
    .filter(([name]) => !name.startsWith('$'))
    .map(([name, peer]) => ({ name, ...peer }));
  return [ours, floor, ...peers];
}

async function main() {
  stopEverythingOnExit();
  const opts = options();
  const budgets = readBudgets();
  const totalStart = performance.now();
  const loadAtStart = os.loadavg().map((value) => Number(value.toFixed(2)));
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. Install it: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
    );
  }
  mkdirSync(OUT, { recursive: true });
  const otherWork = { before: await sampleBusyShare() };
  log(`CPUs busy with other work: ${percent(otherWork.before)} (sampled for 2 s before starting).`);
  const busyAtStart = busyWarning({ 'before the bench': otherWork.before });
  if (busyAtStart) log(`Warning: ${busyAtStart}`);

  let dist = opts.dist;
  if (dist) {
    if (!existsSync(path.join(dist, 'index.html')) || !existsSync(path.join(dist, '.vite/manifest.json'))) {
      throw new UsageError(
        `--dist=${opts.dist}: no production build there (index.html and .vite/manifest.json).`,
      );
    }
    step(`Measuring the existing build in ${path.relative(ROOT, dist) || dist}`);
  } else {
    dist = path.join(OUT, 'dist');
    step(`Building into ${path.relative(ROOT, dist)}/ (npm run build, with OUT_DIR)`);
    await build(dist);
  }
  const allLocales = discoverLocales(dist);
  if (allLocales.length === 0) throw new Error(`No locale folders with an index.html in ${dist}`);
  let locales = allLocales;
  if (opts.locale && !allLocales.includes(opts.locale)) {
    throw new UsageError(`--locale=${opts.locale}: the build has ${allLocales.join(', ')}`);
  }
  if (opts.quick) locales = [opts.locale ?? (allLocales.includes('en-us') ? 'en-us' : allLocales[0])];
  else if (opts.locale) locales = [opts.locale];
  log(`Locales in the build: ${allLocales.join(', ')}; measuring ${locales.join(', ')} (${opts.mode}).`);

  step('First-load JavaScript and CSS');
  const manifest = readManifest(dist);
  const loads = {};
  for (const locale of allLocales) {
    loads[locale] = {};
    for (const route of ROUTES) {
      const file = htmlFileFor(dist, route.url(locale));
      loads[locale][route.id] = file ? firstLoad(dist, file, { manifest }) : null;
      const load = loads[locale][route.id];
      log(
        `  ${route.label} ${locale}: ` +
          (load
            ? `JS ${kB(load.js.total.gzip)} gzip (${load.js.requests} files), CSS ${kB(load.css.total.gzip)} gzip`
            : 'n/a (route missing)'),
      );
    }
  }

  step('Serving the build and the static-HTML floor on 127.0.0.1');
  const site = await startSite(dist, 'site');
  const articleFiles = locales.map((locale) => htmlFileFor(dist, ROUTES[1].url(locale))).filter(Boolean);
  const floorFolder = await writeStaticFloor(dist, articleFiles);
  const floor = { ...(await startSite(floorFolder.root, 'static floor')), root: floorFolder.root };
  log(`  site ${site.url}/ · static floor ${floor.url}/ (${floorFolder.root})`);

  step(`Interaction timings in Chromium (${opts.samples} sample${opts.samples > 1 ? 's' : ''} each)`);
  const { browser, stop: stopBrowser } = await launchBrowser();
  const interactions = await measureInteractions(browser, site, dist, allLocales, locales, opts);
  await stopBrowser();

  const lhCount = opts.runs * locales.length * (ROUTES.length + 1) * opts.presets.length;
  step(
    `Lighthouse: ${lhCount} runs (${opts.presets.join(' + ')}, ${opts.runs} each, interleaved; about 9 s per run)`,
  );
  const lighthouse = await measureLighthouse(site, floor, dist, locales, opts);

  await stopAll();
  otherWork.after = await sampleBusyShare();

  const report = {
    generatedAt: new Date().toISOString(),
    options: { ...opts, dist: path.relative(ROOT, dist) || '.' },
    environment: environment(loadAtStart, otherWork),
    locales,
    allLocales,
    routes: ROUTES.map(({ id, label, url }) => ({ id, label, example: url(locales[0]) })),
    firstLoad: loads,
    lighthouse,
    interactions,
  };
  report.peers = peersOf(report, budgets);
  const checks = checkBudgets(report, budgets);
  report.budgets = { file: path.relative(ROOT, BUDGETS_FILE), checks };
  const markdown = renderMarkdown(report);
  writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(path.join(OUT, 'report.md'), markdown);

  console.log(`\n${markdown}`);
  const failures = checks.filter((check) => !check.ok);
  log(
    `Report: .bench/report.md and .bench/report.json; Lighthouse reports: .bench/lighthouse/ (${seconds(totalStart)} in all).`,
  );
  if (failures.length) {
    log(
      `${failures.length} budget check(s) break (see "Budgets" above).${opts.fail ? '' : ' --no-fail: exiting 0.'}`,
    );
    process.exitCode = opts.fail ? 1 : 0;
  } else {
    log('Every budget holds.');
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nBench failed: ${error instanceof UsageError ? error.message : (error.stack ?? error)}`);
  await stopAll();
  process.exitCode = 2;
}
