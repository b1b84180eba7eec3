// Bench (not a test): first the import and parse of Microsoft's three shared locales, cold and warm
// (content-import.mjs); then build time, peak memory, output size and first-load JS of the production build
// for 1, 100 and 300 articles × 3 locales. `npm run bench:content` (ARTICLE_COUNTS=1,100 to choose;
// ARTICLE_COUNTS= for the import alone). Budget for 300 × 3 on 2 cores: ≤ 3 minutes and ≤ 1.5 GB peak memory.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from './content-corpus.mjs';
import { measureImport } from './content-import.mjs';
import { firstLoad, readManifest } from './first-load.mjs';
import { ROUTES, htmlFileFor } from './routes.mjs';

const counts = (process.env.ARTICLE_COUNTS ?? '1,100,300').split(',').filter(Boolean).map(Number);
measureImport();
const BUDGET = { seconds: 180, megabytes: 1536, articles: 300 };

function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

const rows = [];
for (const articles of counts) {
  // The corpus holds the main article plus `articles - 1` copies.
  const contentDir = generateCorpus(articles - 1);
  const root = path.dirname(contentDir);
  const outDir = path.join(root, 'dist');
  const started = performance.now();
  // GNU time reports the peak resident memory of the build process (kB).
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'PEAK_KB %M CPU_S %U %S', process.execPath, 'scripts/build.mjs'],
    {
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
      encoding: 'utf8',
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build of ${articles} articles failed:\n${run.stderr}`);
  const peakMegabytes = Number(/PEAK_KB (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  const pages = Number(/Built (\d+) prerendered pages/.exec(run.stdout)?.[1] ?? NaN);
  const [, user = 'NaN', system = 'NaN'] = /CPU_S ([\d.]+) ([\d.]+)/.exec(run.stderr) ?? [];
  const cpuSeconds = Number(user) + Number(system);
  const phases = /pages into [^(]*\(([^)]*)\)/.exec(run.stdout)?.[1] ?? '';
  const output = sizeOf(outDir);
  const manifest = readManifest(outDir);
  // Load average during the build: the machine may be shared (timings inflate with it).
  const load = (await import('node:os')).loadavg()[0];
  const js = Object.fromEntries(
    ROUTES.map((route) => {
      const html = htmlFileFor(outDir, route.url('zh-cn'));
      return [route.id, html ? firstLoad(outDir, html, { manifest }).js.total.gzip : NaN];
    }),
  );
  console.log(`${articles} articles: ${seconds.toFixed(0)} s, load average ${load.toFixed(1)} at the end`);
  rows.push({ articles, pages, seconds, cpuSeconds, phases, peakMegabytes, output, js });
  rmSync(root, { recursive: true, force: true });
}

const kB = (bytes) => (bytes / 1000).toFixed(1);
console.log(
  '\n| Articles × 3 locales | Pages | Build (CPU) | Phases | Peak memory | Output (files) | First-load JS gzip, zh-cn: ' +
    ROUTES.map((route) => route.id).join(' / ') +
    ' |',
);
console.log('| ---: | ---: | ---: | :--- | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.articles} | ${row.pages} | ${row.seconds.toFixed(0)} s (${row.cpuSeconds.toFixed(0)} s) | ${row.phases} | ` +
      `${row.peakMegabytes.toFixed(0)} MB | ` +
      `${(row.output.bytes / 1e6).toFixed(1)} MB (${row.output.files}) | ` +
      `${ROUTES.map((route) => kB(row.js[route.id])).join(' / ')} kB |`,
  );
}
const largest = rows.find((row) => row.articles === BUDGET.articles);
if (largest) {
  const within = largest.seconds <= BUDGET.seconds && largest.peakMegabytes <= BUDGET.megabytes;
  console.log(
    `\n${BUDGET.articles} × 3: ${within ? 'within' : 'OVER'} the budget of ${BUDGET.seconds / 60} min and ` +
      `${(BUDGET.megabytes / 1024).toFixed(1)} GB (machine shared with other work: see the load before trusting a miss).`,
  );
}
