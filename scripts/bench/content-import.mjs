// Bench (not a test), run by content-scale.mjs: `npm run content:import` and the parse of Microsoft's three
// shared locales, cold (empty disk cache, a new content folder) and warm (the same again: nothing changed),
// each in a fresh process (this file, given `<corpus> <content-dir> <cache-dir>`, prints its figures as JSON).
// Budget on 2 cores: ≤ 30 s cold, ≤ 5 s warm.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const BUDGET = { cold: 30, warm: 5 };

export function measureImport(corpus) {
  const root = mkdtempSync(path.join(tmpdir(), 'content-import-bench-'));
  const run = (label) => {
    const args = [fileURLToPath(import.meta.url), corpus, `${root}/content`, `${root}/cache`];
    const child = spawnSync('/usr/bin/time', ['-f', 'CPU_S %U %S', process.execPath, ...args], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`the ${label} import failed:\n${child.stderr}`);
    const [, user, system] = /CPU_S ([\d.]+) ([\d.]+)/.exec(child.stderr);
    const figures = JSON.parse(child.stdout.trim().split('\n').at(-1));
    return { label, ...figures, cpuSeconds: Number(user) + Number(system), load: loadavg()[0] };
  };
  try {
    const rows = [run('cold'), run('warm')];
    for (const row of rows) {
      const total = row.importSeconds + row.parseSeconds;
      console.log(
        `Import and parse, ${row.label}: ${total.toFixed(1)} s (import ${row.importSeconds.toFixed(1)} s; ` +
          `${total <= BUDGET[row.label] ? 'within' : 'OVER'} ${BUDGET[row.label]} s), CPU ${row.cpuSeconds.toFixed(0)} s, ` +
          `${row.parsed} parsed, ${row.fromDisk} from disk, load average ${row.load.toFixed(1)}`,
      );
    }
    console.log(`\nBuild report: ${rows[1].summary}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** One import and load of the corpus, timed, in this fresh process (so nothing is in memory). */
async function importOnce(corpus, contentDir, cacheDir) {
  const load = async (id) => (await runnerImport(id, { configFile: false, logLevel: 'silent' })).module;
  const { importCorpus } = await load('/src/content/import/import-corpus.ts');
  const { readContentLayout } = await load('/src/content/pipeline/content-layout.ts');
  const { loadContentDir } = await load('/src/content/pipeline/load-content.ts');
  const { createParseCache } = await load('/src/content/pipeline/parse-cache.ts');
  const { summaryLineOf } = await load('/src/content/pipeline/content-report.ts');
  const started = performance.now();
  importCorpus(corpus, contentDir);
  const imported = performance.now();
  const cache = createParseCache();
  const options = { cacheDir, minFiles: 40, threads: availableParallelism() };
  const warm = await cache.warm(readContentLayout(contentDir).sources, options);
  const set = loadContentDir(contentDir, cache.read);
  const summary = summaryLineOf({ pages: set.articles.length, files: set.fileCount, problems: set.problems });
  const importSeconds = (imported - started) / 1000;
  const parseSeconds = (performance.now() - imported) / 1000;
  console.log(JSON.stringify({ importSeconds, parseSeconds, ...warm, summary }));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.length === 5) {
  await importOnce(...process.argv.slice(2));
}
