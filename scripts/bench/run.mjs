// `npm run bench`: builds the site, serves it as `npm start` does, and measures every route in every locale:
// first-load bytes, interaction timings in Chromium, and Lighthouse (mobile + desktop, interleaved runs, plus
// a static-HTML floor). Writes .bench/report.json and .bench/report.md, prints the tables, checks
// bench/budgets.json, and exits non-zero when a budget breaks (unless --no-fail).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUDGETS_FILE, checkBudgets, readBudgets } from './budgets.mjs';
import { stopAll, stopEverythingOnExit, track } from './cleanup.mjs';
import { firstLoad, readManifest } from './first-load.mjs';
import { launchBrowser } from './interactions.mjs';
import { measureInteractions } from './measure-interactions.mjs';
import { measureLighthouse } from './measure-lighthouse.mjs';
import { measureSearch, SEARCH_MIN_SAMPLES } from './measure-search.mjs';
import { renderMarkdown } from './report.mjs';
import { ROUTES, discoverLocales, htmlFileFor } from './routes.mjs';
import { startSite, writeStaticFloor } from './sites.mjs';
import { CHROMIUM_PATH, kB, seconds } from './util.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, '.bench');
/** The parts of a run, in the order they run; --only picks some. */
const PARTS = ['first-load', 'interactions', 'lighthouse', 'search'];
const USAGE = `Usage: npm run bench -- [options]

  --quick          1 Lighthouse run, mobile only, one locale, 1 sample per interaction (for development)
  --only=PARTS     measure only these parts, comma-separated: ${PARTS.join(', ')} (default: all)
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
        only: { type: 'string' },
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
  const parts = values.only === undefined ? PARTS : values.only.split(',').map((part) => part.trim());
  const unknown = parts.filter((part) => !PARTS.includes(part));
  if (unknown.length || parts.length === 0) {
    throw new UsageError(`--only=${values.only}: the parts are ${PARTS.join(', ')}`);
  }
  return {
    mode: values.quick ? 'quick' : 'full',
    parts: PARTS.filter((part) => parts.includes(part)),
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

function environment(loadAtStart) {
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
  };
}

/** First-load JavaScript and CSS of every route in every locale of the build (no browser needed). */
function measureFirstLoad(dist, allLocales) {
  step('First-load JavaScript and CSS');
  const manifest = readManifest(dist);
  const loads = {};
  for (const locale of allLocales) {
    loads[locale] = {};
    for (const route of ROUTES) {
      const file = htmlFileFor(dist, route.url(locale));
      const load = file ? firstLoad(dist, file, { manifest }) : null;
      loads[locale][route.id] = load;
      log(
        `  ${route.label} ${locale}: ` +
          (load
            ? `JS ${kB(load.js.total.gzip)} gzip (${load.js.requests} files), CSS ${kB(load.css.total.gzip)} gzip`
            : 'n/a (route missing)'),
      );
    }
  }
  return loads;
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
  log(`Load average: ${loadAtStart.join(', ')} (timings on a busy machine come out higher).`);

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

  const measures = (part) => opts.parts.includes(part);
  const firstLoads = measures('first-load') ? measureFirstLoad(dist, allLocales) : null;

  let interactions = null;
  let lighthouse = null;
  let search = null;
  if (measures('interactions') || measures('lighthouse') || measures('search')) {
    step('Serving the build on 127.0.0.1');
    const site = await startSite(dist, 'site');
    log(`  site ${site.url}/`);

    if (measures('interactions')) {
      step(`Interaction timings in Chromium (${opts.samples} sample${opts.samples > 1 ? 's' : ''} each)`);
      const { browser, stop: stopBrowser } = await launchBrowser();
      const { samples } = opts;
      interactions = await measureInteractions(browser, { site, dist, allLocales, locales, samples, log });
      await stopBrowser();
    }

    if (measures('search')) {
      // At 4× CPU one keystroke's time spreads over ±15 ms (22–72 ms for one query on one build): a median
      // of 5 moved by 13 ms between two runs of the same build, a median of 11 is steadier.
      const samples = opts.quick ? opts.samples : Math.max(opts.samples, SEARCH_MIN_SAMPLES);
      step(`Sentence search: index bytes, keystroke → results painted (${samples} sample(s) per query)`);
      const { browser, stop: stopBrowser } = await launchBrowser();
      search = await measureSearch(browser, { site, dist, allLocales, samples, log });
      await stopBrowser();
    }

    if (measures('lighthouse')) {
      const article = ROUTES.find((route) => route.id === 'article');
      const articleFiles = locales.map((locale) => htmlFileFor(dist, article.url(locale))).filter(Boolean);
      const floorFolder = await writeStaticFloor(dist, articleFiles);
      const floor = { ...(await startSite(floorFolder.root, 'static floor')), root: floorFolder.root };
      const count = opts.runs * locales.length * (ROUTES.length + 1) * opts.presets.length;
      step(
        `Lighthouse: ${count} runs (${opts.presets.join(' + ')}, ${opts.runs} each, interleaved; ` +
          `about 9 s per run; static floor ${floor.url}/)`,
      );
      const { runs, presets } = opts;
      lighthouse = await measureLighthouse({ site, floor, dist, locales, runs, presets, outDir: OUT, log });
    }
  }

  await stopAll();

  const report = {
    generatedAt: new Date().toISOString(),
    options: { ...opts, dist: path.relative(ROOT, dist) || '.' },
    environment: environment(loadAtStart),
    locales,
    allLocales,
    routes: ROUTES.map(({ id, label, url }) => ({ id, label, example: url(locales[0]) })),
    // null: not measured in this run (--only).
    firstLoad: firstLoads,
    lighthouse,
    interactions,
    search,
  };
  const checks = checkBudgets(report, budgets);
  report.budgets = { file: path.relative(ROOT, BUDGETS_FILE), checks };
  const markdown = renderMarkdown(report);
  writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(path.join(OUT, 'report.md'), markdown);

  console.log(`\n${markdown}`);
  const failures = checks.filter((check) => !check.ok);
  log(
    `Report: .bench/report.md and .bench/report.json${lighthouse ? '; Lighthouse reports: .bench/lighthouse/' : ''} (${seconds(totalStart)} in all).`,
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
