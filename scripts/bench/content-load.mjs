// One import and load of a corpus, timed, in a fresh process (so nothing is in memory): prints JSON.
// `node scripts/bench/content-load.mjs <corpus> <content-dir> <cache-dir>`; used by content-import.mjs.
import { availableParallelism } from 'node:os';
import { runnerImport } from 'vite';

const [corpus, contentDir, cacheDir] = process.argv.slice(2);
const load = async (id) => (await runnerImport(id, { configFile: false, logLevel: 'silent' })).module;
const [{ importCorpus }, { readContentLayout }, { loadContentDir }, { createParseCache }, report] =
  await Promise.all([
    load('/src/content/import/import-corpus.ts'),
    load('/src/content/pipeline/content-layout.ts'),
    load('/src/content/pipeline/load-content.ts'),
    load('/src/content/pipeline/parse-cache.ts'),
    load('/src/content/pipeline/content-report.ts'),
  ]);
const started = performance.now();
importCorpus(corpus, contentDir);
const imported = performance.now();
const cache = createParseCache();
const warm = await cache.warm(readContentLayout(contentDir).sources, {
  cacheDir,
  minFiles: Number(process.env.MIN_FILES ?? 40),
  threads: Number(process.env.THREADS ?? availableParallelism()),
});
const set = loadContentDir(contentDir, cache.read);
const loaded = performance.now();
console.log(
  JSON.stringify({
    importSeconds: (imported - started) / 1000,
    parseSeconds: (loaded - imported) / 1000,
    ...warm,
    summary: report.summaryLineOf({
      pages: set.articles.length,
      files: set.fileCount,
      problems: set.problems,
    }),
  }),
);
