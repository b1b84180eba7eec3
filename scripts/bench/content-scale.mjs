// Bench (not a test): the build at corpus scale. First the import and parse of Microsoft's three shared
// locales (content-import.mjs); then cold production builds of
// - `one`: the project's article alone (the first-load JavaScript every other build is compared with),
// - `shared`: the three shared locales (de-de, zh-cn, zh-tw) plus the project's article,
// - `seventeen`: the same with the three shared locales copied under fourteen more locale names,
// each with its time, peak memory and output against its budget, its phases, and its pages and bytes by
// kind. `npm run bench:content` (SCENARIOS=one,shared to choose; CORPUS=<path>; KEEP=1 keeps the outputs).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { measureImport } from './content-import.mjs';
import { firstLoad, readManifest } from './first-load.mjs';
import { kindTable, outputByKind } from './output-kinds.mjs';
import { ROUTES, htmlFileFor } from './routes.mjs';

const CORPUS = [
  process.env.CORPUS,
  '../shared/partner-center-corpus',
  '../../shared/partner-center-corpus',
].find((candidate) => candidate && existsSync(candidate));
/** Fourteen more locale names for the seventeen-locale stand-in (Microsoft Learn publishes these). */
const MORE_LOCALES = [
  'cs-cz',
  'es-es',
  'fr-fr',
  'hu-hu',
  'id-id',
  'it-it',
  'ja-jp',
  'ko-kr',
  'nl-nl',
  'pl-pl',
  'pt-br',
  'ru-ru',
  'sv-se',
  'tr-tr',
];
const GB = 1e9;
const SCENARIOS = {
  one: { budget: null, corpusLocales: null },
  shared: { budget: { seconds: 5 * 60, megabytes: 2048, bytes: 0.5 * GB }, corpusLocales: [] },
  seventeen: { budget: { seconds: 15 * 60, megabytes: 3072, bytes: 2 * GB }, corpusLocales: MORE_LOCALES },
};
/** First-load JS of every route may grow by at most this over the one-article build (gzip bytes). */
const FIRST_LOAD_TOLERANCE = 1000;

/** The content folder of a scenario: the project's article, plus the corpus imported (and copied). */
function contentOf(root, { corpusLocales }) {
  const content = path.join(root, 'content');
  cpSync('src/content/articles', content, { recursive: true });
  if (corpusLocales === null) return content;
  const corpus = path.join(root, 'corpus');
  for (const locale of readdirSync(CORPUS, { withFileTypes: true }).filter((entry) => entry.isDirectory()))
    cpSync(path.join(CORPUS, locale.name), path.join(corpus, locale.name), { recursive: true });
  // Each new name gets one shared locale's pages in turn (de-de, zh-cn, zh-tw, de-de, …).
  const shared = readdirSync(corpus).sort();
  corpusLocales.forEach((locale, index) =>
    cpSync(path.join(corpus, shared[index % shared.length]), path.join(corpus, locale), { recursive: true }),
  );
  const run = spawnSync(process.execPath, ['scripts/import-content.mjs', corpus, content], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`import failed:\n${run.stderr}`);
  return content;
}

function build(name) {
  const root = mkdtempSync(path.join(tmpdir(), `content-scale-${name}-`));
  const contentDir = contentOf(root, SCENARIOS[name]);
  const outDir = path.join(root, 'dist');
  const started = performance.now();
  // GNU time reports the peak resident memory of the build process (kB).
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'PEAK_KB %M CPU_S %U %S', process.execPath, 'scripts/build.mjs'],
    {
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the ${name} build failed:\n${run.stderr.slice(-4000)}`);
  const [, user = 'NaN', system = 'NaN'] = /CPU_S ([\d.]+) ([\d.]+)/.exec(run.stderr) ?? [];
  const manifest = readManifest(outDir);
  const locale = readdirSync(outDir).includes('zh-cn') ? 'zh-cn' : 'en-us';
  const js = Object.fromEntries(
    ROUTES.map((route) => {
      const html = htmlFileFor(outDir, route.url(locale));
      return [route.id, html ? firstLoad(outDir, html, { manifest }).js.total.gzip : NaN];
    }),
  );
  const kinds = outputByKind(outDir);
  const row = {
    name,
    pages: Number(/Built (\d+) prerendered pages/.exec(run.stdout)?.[1] ?? NaN),
    seconds,
    cpuSeconds: Number(user) + Number(system),
    peakMegabytes: Number(/PEAK_KB (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024,
    phases: /pages into [^(]*\(([^)]*)\)/.exec(run.stdout)?.[1] ?? '',
    summary: /^Content: (.*)$/m.exec(run.stdout)?.[1] ?? '',
    kinds,
    bytes: kinds.reduce((sum, kind) => sum + kind.raw + kind.gz + kind.br, 0),
    js,
    load: loadavg()[0],
  };
  if (process.env.KEEP) console.log(`${name}: kept in ${root}`);
  else rmSync(root, { recursive: true, force: true });
  return row;
}

const names = (process.env.SCENARIOS ?? 'one,shared,seventeen').split(',').filter(Boolean);
// The import's own bench, when a build of the corpus follows.
if (CORPUS && names.some((name) => SCENARIOS[name]?.corpusLocales)) measureImport(CORPUS);
const rows = [];
for (const name of names) {
  if (!SCENARIOS[name])
    throw new Error(`Unknown scenario ${name}: one of ${Object.keys(SCENARIOS).join(', ')}`);
  if (SCENARIOS[name].corpusLocales !== null && !CORPUS) {
    console.log(`No shared partner-center-corpus (CORPUS=<path>): ${name} skipped.`);
    continue;
  }
  rows.push(build(name));
  const row = rows.at(-1);
  console.log(`${name}: ${row.seconds.toFixed(0)} s, load average ${row.load.toFixed(1)} at the end`);
}

const kB = (bytes) => (bytes / 1000).toFixed(1);
const baseline = rows.find((row) => row.name === 'one');
console.log(
  `\n| Build | Pages | Time (CPU) | Peak memory | Output | Phases (s, peak MB so far) | First-load JS gzip: ${ROUTES.map((route) => route.id).join(' / ')} |`,
);
console.log('| :--- | ---: | ---: | ---: | ---: | :--- | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.pages} | ${row.seconds.toFixed(0)} s (${row.cpuSeconds.toFixed(0)} s) | ` +
      `${row.peakMegabytes.toFixed(0)} MB | ${(row.bytes / 1e6).toFixed(0)} MB | ${row.phases} | ` +
      `${ROUTES.map((route) => kB(row.js[route.id])).join(' / ')} kB |`,
  );
}
let failed = false;
for (const row of rows) {
  console.log(`\n${row.name}: ${row.summary}\n\n${kindTable(row.kinds)}`);
  const budget = SCENARIOS[row.name].budget;
  if (budget) {
    const misses = [
      row.seconds > budget.seconds && `time ${row.seconds.toFixed(0)} s > ${budget.seconds} s`,
      row.peakMegabytes > budget.megabytes &&
        `memory ${row.peakMegabytes.toFixed(0)} MB > ${budget.megabytes} MB`,
      row.bytes > budget.bytes && `output ${(row.bytes / 1e6).toFixed(0)} MB > ${budget.bytes / 1e6} MB`,
    ].filter(Boolean);
    console.log(
      `\n${row.name}: ${misses.length ? `OVER the budget (${misses.join('; ')})` : 'within the budget'}.`,
    );
    failed ||= misses.length > 0;
  }
  if (baseline && row !== baseline) {
    const grown = ROUTES.filter((route) => row.js[route.id] - baseline.js[route.id] > FIRST_LOAD_TOLERANCE);
    if (grown.length)
      console.log(`${row.name}: first-load JS grew over 1 kB on ${grown.map((r) => r.id).join(', ')}.`);
    failed ||= grown.length > 0;
  }
}
console.log(
  '\n(Timings move with whatever else the machine does: see the load average before trusting a miss.)',
);
process.exitCode = failed ? 1 : 0;
