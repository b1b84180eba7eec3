// `npm run bench`: builds the site (npm run build), serves dist/ as `npm start` does, and measures every
// route in every locale: first-load bytes, interaction, search and embed timings in Chromium, and Lighthouse
// (mobile + desktop, interleaved runs, plus a static-HTML floor). Checks bench/budgets.json, writes
// .bench/report.md and .bench/report.json, and exits 1 when a budget breaks (unless --no-fail).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS_FILE, checkBudgets, readBudgets, renderMarkdown } from './budgets.mjs';
import { measureEmbed } from './embed.mjs';
import { firstLoad, readManifest } from './first-load.mjs';
import { launchBrowser, measureInteractions } from './interactions.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { ROUTES, discoverLocales, htmlFileFor } from './routes.mjs';
import { measureSearch, SEARCH_MIN_SAMPLES } from './search.mjs';
import { startSite, writeStaticFloor } from './sites.mjs';
import { seconds, stopAll, stopEverythingOnExit } from './util.mjs';

const OUT = '.bench';
const PARTS = ['first-load', 'interactions', 'search', 'embed', 'lighthouse'];
const USAGE = `Usage: npm run bench -- [options] (or node scripts/bench/run.mjs [options], without building)

  --only=PARTS     these parts only, comma-separated: ${PARTS.join(', ')} (default: all)
  --quick          1 Lighthouse run, mobile only, one locale, 1 sample per timing
  --locale=ID      this locale only (--quick: default en-us)
  --runs=N         Lighthouse runs per route and preset (default 3)
  --samples=N      samples per timing (default 5; search at least 11)
  --dist=DIR       the build to measure (default dist)
  --no-fail        exit 0 even when a budget breaks`;

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: PARTS.join(',') },
    quick: { type: 'boolean', default: false },
    locale: { type: 'string' },
    runs: { type: 'string' },
    samples: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    'no-fail': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = (name, fallback) => {
  const number = Number(values[name] ?? fallback);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer`);
  return number;
};
const options = {
  parts: values.only.split(','),
  mode: values.quick ? 'quick' : 'full',
  runs: count('runs', values.quick ? 1 : 3),
  samples: count('samples', values.quick ? 1 : 5),
  presets: values.quick ? ['mobile'] : ['mobile', 'desktop'],
  dist: values.dist,
};
const unknown = options.parts.filter((part) => !PARTS.includes(part));
if (unknown.length) throw new Error(`--only=${unknown}: the parts are ${PARTS.join(', ')}`);
const measures = (part) => options.parts.includes(part);
const log = (message) => console.log(message);
const step = (message) => console.log(`\n== ${message}`);
const loadAverage = () => os.loadavg().map((value) => Number(value.toFixed(2)));

const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, '.vite/manifest.json')))
  throw new Error(`No build in ${dist}: npm run build`);
const allLocales = discoverLocales(dist);
const locale = values.locale ?? (values.quick ? 'en-us' : null);
if (locale && !allLocales.includes(locale)) throw new Error(`--locale: the build has ${allLocales}`);
const locales = locale ? [locale] : allLocales;
const started = performance.now();
const report = { generatedAt: new Date().toISOString(), options, locales, allLocales };
const lighthouseVersion = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
// Other work on the machine skews timings: the load averages when the bench started and ended.
report.environment = { node: process.versions.node, lighthouse: lighthouseVersion, cpus: os.cpus().length };
report.environment.loadAverage = { start: loadAverage() };
log(`Measuring ${locales.join(', ')} of ${dist}; load average ${report.environment.loadAverage.start}.`);

stopEverythingOnExit();
try {
  if (measures('first-load')) {
    const manifest = readManifest(dist);
    report.firstLoad = {};
    for (const locale of allLocales) {
      report.firstLoad[locale] = {};
      for (const route of ROUTES) {
        const file = htmlFileFor(dist, route.url(locale));
        report.firstLoad[locale][route.id] = file && firstLoad(dist, file, { manifest });
      }
    }
  }
  if (options.parts.some((part) => part !== 'first-load')) {
    const site = await startSite(dist, 'site');
    const { browser } = await launchBrowser();
    report.environment.chromium = `Chromium ${browser.version()}`;
    const { samples } = options;
    if (measures('interactions')) {
      step(`Interactions: click → new heading painted (${samples} sample(s) each)`);
      report.interactions = await measureInteractions(browser, {
        site,
        dist,
        allLocales,
        locales,
        samples,
        log,
      });
    }
    if (measures('search')) {
      const searchSamples = values.quick ? samples : Math.max(samples, SEARCH_MIN_SAMPLES);
      step(`Search: keystroke → results painted (${searchSamples} sample(s) per query)`);
      const searchOptions = { site, allLocales, samples: searchSamples, log };
      report.search = await measureSearch(browser, searchOptions);
    }
    if (measures('embed')) {
      step(`Embedded wizard: mount() → ready and → first resize (${samples} sample(s))`);
      report.embed = await measureEmbed(browser, { dist, samples, log });
    }
    if (measures('lighthouse')) {
      const article = ROUTES.find((route) => route.id === 'article');
      const pages = locales.map((locale) => htmlFileFor(dist, article.url(locale)));
      const floor = await startSite(await writeStaticFloor(dist, pages), 'static floor');
      const { runs, presets } = options;
      step(
        `Lighthouse: ${presets.join(' + ')}, ${runs} run(s) each, interleaved; static floor ${floor.url}/`,
      );
      report.lighthouse = await measureLighthouse({
        site,
        floor,
        dist,
        locales,
        runs,
        presets,
        outDir: OUT,
        log,
      });
    }
  }
} finally {
  await stopAll();
}

report.environment.loadAverage.end = loadAverage();
const checks = checkBudgets(report, readBudgets());
report.budgets = { file: path.relative('.', BUDGETS_FILE), checks };
const markdown = renderMarkdown(report);
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(OUT, 'report.md'), markdown);
const broken = checks.filter((check) => !check.ok).length;
log(`\n${markdown}\nReport: .bench/report.md and .bench/report.json (${seconds(started)} in all).`);
log(broken ? `${broken} budget check(s) break.` : 'Every budget holds.');
if (broken && !values['no-fail']) process.exitCode = 1;
