// `npm run bench:content` (not a test): the build at corpus scale. First the import and parse of Microsoft's
// three shared locales (content-import.mjs); then cold production builds of
// - `one`: the project's article alone,
// - `shared`: the three shared locales (de-de, zh-cn, zh-tw) plus the project's article,
// - `seventeen`: the same with the three shared locales copied under fourteen more locale names,
// each with its time, peak memory and output against its budget, its phases, its first-load JavaScript per
// route, and its pages and bytes by kind. SCENARIOS=one,shared to choose; CORPUS=<path>; KEEP=1 keeps them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { measureImport } from './content-import.mjs';
import { firstLoad, readManifest } from './first-load.mjs';
import { kindTable, outputByKind } from './output-kinds.mjs';
import { ROUTES, htmlFileFor } from './routes.mjs';

/** The corpus beside the project (a worktree sits one level deeper), or CORPUS. */
const CORPUS = [
  process.env.CORPUS,
  '../shared/partner-center-corpus',
  '../../shared/partner-center-corpus',
].find((candidate) => candidate && existsSync(candidate));
/** Fourteen more locale names for the seventeen-locale stand-in (Microsoft Learn publishes these). */
const MORE_LOCALES = 'cs-cz es-es fr-fr hu-hu id-id it-it ja-jp ko-kr nl-nl pl-pl pt-br ru-ru sv-se tr-tr';
const SCENARIOS = {
  one: { budget: null, corpusLocales: null },
  shared: { budget: { seconds: 5 * 60, megabytes: 2048, bytes: 0.5e9 }, corpusLocales: [] },
  seventeen: {
    budget: { seconds: 15 * 60, megabytes: 3072, bytes: 2e9 },
    corpusLocales: MORE_LOCALES.split(' '),
  },
};

/** The content folder of a scenario: the project's article, plus the corpus imported (and copied). */
function contentOf(root, { corpusLocales }) {
  const content = path.join(root, 'content');
  cpSync('src/content/articles', content, { recursive: true });
  if (corpusLocales === null) return content;
  const corpus = path.join(root, 'corpus');
  const shared = readdirSync(CORPUS, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const { name } of shared)
    cpSync(path.join(CORPUS, name), path.join(corpus, name), { recursive: true });
  // Each new name gets one shared locale's pages in turn (de-de, zh-cn, zh-tw, de-de, …).
  corpusLocales.forEach((locale, index) =>
    cpSync(path.join(corpus, shared[index % shared.length].name), path.join(corpus, locale), {
      recursive: true,
    }),
  );
  const run = spawnSync(process.execPath, ['scripts/import-content.mjs', corpus, content], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`import failed:\n${run.stderr}`);
  return content;
}

function build(name) {
  const root = mkdtempSync(path.join(tmpdir(), `content-scale-${name}-`));
  const env = {
    ...process.env,
    CONTENT_DIR: contentOf(root, SCENARIOS[name]),
    OUT_DIR: path.join(root, 'dist'),
  };
  rmSync('node_modules/.cache/help-center-content', { recursive: true, force: true }); // cold: no parse cache
  const started = performance.now();
  // GNU time reports the build's peak resident memory (kB) and CPU time.
  const time = ['-f', 'PEAK_KB %M CPU_S %U %S', process.execPath, 'scripts/build.mjs'];
  const run = spawnSync('/usr/bin/time', time, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the ${name} build failed:\n${run.stderr.slice(-4000)}`);
  const [, peakKB, user, system] = /PEAK_KB (\d+) CPU_S ([\d.]+) ([\d.]+)/.exec(run.stderr);
  const manifest = readManifest(env.OUT_DIR);
  const locale = readdirSync(env.OUT_DIR).includes('zh-cn') ? 'zh-cn' : 'en-us';
  const js = ROUTES.map((route) => {
    const html = htmlFileFor(env.OUT_DIR, route.url(locale));
    return html ? (firstLoad(env.OUT_DIR, html, { manifest }).js.total.gzip / 1000).toFixed(1) : 'n/a';
  });
  const kinds = outputByKind(env.OUT_DIR);
  if (process.env.KEEP) console.log(`${name}: kept in ${root}`);
  else rmSync(root, { recursive: true, force: true });
  return {
    name,
    pages: /Built (\d+) prerendered pages/.exec(run.stdout)?.[1],
    seconds,
    cpuSeconds: Number(user) + Number(system),
    megabytes: Number(peakKB) / 1024,
    phases: /pages into [^(]*\(([^)]*)\)/.exec(run.stdout)?.[1] ?? '',
    summary: /^Content: (.*)$/m.exec(run.stdout)?.[1] ?? '',
    kinds,
    bytes: kinds.reduce((sum, kind) => sum + kind.raw + kind.gz + kind.br, 0),
    js: `${js.join(' / ')} kB (${locale})`,
  };
}

const names = (process.env.SCENARIOS ?? 'one,shared,seventeen').split(',');
const unknown = names.filter((name) => !SCENARIOS[name]);
if (unknown.length) throw new Error(`Unknown scenarios ${unknown}: ${Object.keys(SCENARIOS)}`);
const corpusNames = names.filter((name) => SCENARIOS[name].corpusLocales !== null);
if (corpusNames.length && !CORPUS)
  console.log(`No partner-center-corpus (CORPUS=<path>): ${corpusNames} skipped.`);
// The import's own bench, when a build of the corpus follows.
if (corpusNames.length && CORPUS) measureImport(CORPUS);
const rows = [];
for (const name of names.filter((name) => CORPUS || !corpusNames.includes(name))) {
  rows.push(build(name));
  console.log(
    `${name}: ${rows.at(-1).seconds.toFixed(0)} s, load average ${loadavg()[0].toFixed(1)} at the end`,
  );
}

const routes = ROUTES.map((route) => route.id).join(' / ');
console.log(
  `\n| Build | Pages | Time (CPU) | Peak memory | Output | Phases (s, peak MB so far) | First-load JS gzip: ${routes} |`,
);
console.log('| :--- | ---: | ---: | ---: | ---: | :--- | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.pages} | ${row.seconds.toFixed(0)} s (${row.cpuSeconds.toFixed(0)} s) | ` +
      `${row.megabytes.toFixed(0)} MB | ${(row.bytes / 1e6).toFixed(0)} MB | ${row.phases} | ${row.js} |`,
  );
}
for (const row of rows) {
  console.log(`\n${row.name}: ${row.summary}\n\n${kindTable(row.kinds)}`);
  const budget = SCENARIOS[row.name].budget;
  if (!budget) continue;
  const misses = [
    row.seconds > budget.seconds && `time ${row.seconds.toFixed(0)} s > ${budget.seconds} s`,
    row.megabytes > budget.megabytes && `memory ${row.megabytes.toFixed(0)} MB > ${budget.megabytes} MB`,
    row.bytes > budget.bytes && `output ${(row.bytes / 1e6).toFixed(0)} MB > ${budget.bytes / 1e6} MB`,
  ].filter(Boolean);
  console.log(
    `\n${row.name}: ${misses.length ? `OVER the budget (${misses.join('; ')})` : 'within the budget'}.`,
  );
  if (misses.length) process.exitCode = 1;
}
