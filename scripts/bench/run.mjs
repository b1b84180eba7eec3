// `npm run bench` builds, then this measures dist/ served as `npm start` does, every route in every locale:
// first-load bytes, interaction, search and embed timings in Chromium, Lighthouse (mobile + desktop, plus a
// static-HTML floor); writes .bench/report.{md,json} and exits 1 when a budget of bench/budgets.json breaks.
// Options: --only=PARTS (comma-separated), --quick (1 Lighthouse run, mobile, en-us, 1 sample a timing),
// --locale=ID, --runs=N (Lighthouse, default 3), --samples=N (default 5, search at least 11), --dist=DIR,
// --no-fail.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildLocales } from '../server/locales.mjs';
import budgets from '../../bench/budgets.json' with { type: 'json' };
import { checkBudgets, renderMarkdown } from './budgets.mjs';
import { measureEmbed } from './embed.mjs';
import { firstLoad, readManifest } from './first-load.mjs';
import { launchBrowser, measureInteractions } from './interactions.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { ROUTES, htmlFileFor } from './routes.mjs';
import { measureSearch, SEARCH_MIN_SAMPLES } from './search.mjs';
import { startSite, writeStaticFloor } from './sites.mjs';
import { stopAll, stopAllOnExit } from './util.mjs';

const OUT = '.bench';
const PARTS = ['first-load', 'interactions', 'search', 'embed', 'lighthouse'];
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: PARTS.join(',') },
    quick: { type: 'boolean', default: false },
    locale: { type: 'string' },
    runs: { type: 'string' },
    samples: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    'no-fail': { type: 'boolean', default: false },
  },
});
const { quick } = values;
const count = (name, fallback) => {
  const number = Number(values[name] ?? fallback);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer`);
  return number;
};
const runs = count('runs', quick ? 1 : 3);
const samples = count('samples', quick ? 1 : 5);
const presets = quick ? ['mobile'] : ['mobile', 'desktop'];
const parts = values.only.split(',');
if (parts.some((part) => !PARTS.includes(part))) throw new Error(`--only: the parts are ${PARTS}`);
const step = (message) => console.log(`\n== ${message}`);
// Other work on the machine skews timings: the report gives the load average at the start and at the end.
const loadAverage = () => os.loadavg()[0].toFixed(2);

const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, '.vite/manifest.json')))
  throw new Error(`No build in ${dist}: npm run build`);
// The server's own discovery of the build's locales, so the bench measures exactly what it serves.
const allLocales = buildLocales(dist);
const locale = values.locale ?? (quick ? 'en-us' : null);
if (locale && !allLocales.includes(locale)) throw new Error(`--locale: the build has ${allLocales}`);
const locales = locale ? [locale] : allLocales;
const environment = { node: process.versions.node, cpus: os.cpus().length, loadAverage: [loadAverage()] };
const report = { generatedAt: new Date().toISOString(), parts, locales, environment };
console.log(`Measuring ${locales.join(', ')} of ${dist}; load average ${environment.loadAverage[0]}.`);

stopAllOnExit();
try {
  if (parts.includes('first-load')) {
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
  if (parts.some((part) => part !== 'first-load')) {
    const site = await startSite(dist, 'site');
    const browser = await launchBrowser();
    environment.chromium = `Chromium ${browser.version()}`;
    const context = { site, dist, allLocales, locales, samples };
    // Interactions, search and embed timings, each checked against the budget of its figure.
    report.timings = [];
    if (parts.includes('interactions')) {
      step(`Interactions: click → new heading painted (${samples} sample(s) each)`);
      report.timings.push(...(await measureInteractions(browser, context)));
    }
    if (parts.includes('search')) {
      const searchSamples = quick ? samples : Math.max(samples, SEARCH_MIN_SAMPLES);
      step(`Search: keystroke → results painted (${searchSamples} sample(s) per query)`);
      report.timings.push(...(await measureSearch(browser, { ...context, samples: searchSamples })));
    }
    if (parts.includes('embed')) {
      step(`Embedded wizard: mount() → ready and → first resize (${samples} sample(s))`);
      const { timings, scriptGzip } = await measureEmbed(browser, context);
      report.timings.push(...timings);
      report.embedScriptGzip = scriptGzip;
    }
    if (parts.includes('lighthouse')) {
      const article = ROUTES.find((route) => route.id === 'article');
      const pages = locales.map((locale) => htmlFileFor(dist, article.url(locale)));
      const floor = await startSite(await writeStaticFloor(dist, pages), 'static floor');
      step(`Lighthouse: ${presets.join(' + ')}, ${runs} interleaved run(s); static floor ${floor.url}/`);
      report.lighthouse = await measureLighthouse({ ...context, floor, runs, presets });
    }
  }
} finally {
  await stopAll();
}

environment.loadAverage.push(loadAverage());
const checks = checkBudgets(report, budgets);
report.budgets = { file: 'bench/budgets.json', checks };
const markdown = renderMarkdown(report);
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(OUT, 'report.md'), markdown);
const broken = checks.filter((check) => !check.ok).length;
console.log(`\n${markdown}\nReport: .bench/report.md and .bench/report.json.`);
console.log(broken ? `${broken} budget check(s) break.` : 'Every budget holds.');
if (broken && !values['no-fail']) process.exitCode = 1;
