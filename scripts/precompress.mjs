// Writes .gz and .br next to every text file a server sends compressed, so it does no work per request.
// A server that finds no copy sends the file as it is (scripts/serve.mjs, nginx's gzip_static).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ARTICLES_SEGMENT } from '../src/domain/site-paths.mjs';
import { untimed } from './progress.mjs';

const COMPRESSIBLE = /\.(html|js|css|svg|json|txt)$/;
// What no server sends: Vite's manifest, the servers' own files (but the refused-request pages), the
// query-page map; and embed-config.json, which a deployer edits in place (a stale copy would be sent).
const NEVER_SENT = /^(\.vite\/|\.server\/(?!errors\/)|query-pages\.json$|embed-config\.json$)/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** zlib's async calls run on libuv's thread pool (4 threads): this many files at once keeps both cores busy. */
const CONCURRENCY = 8;

/**
 * What grows with the corpus (article pages, pages prerendered for a query, article modules, search shards,
 * any file over 1 MB) is compressed fast: brotli 6 and gzip 6, 8–10 % more bytes in 1/20 of the time;
 * at 11 and 9 it was most of the build at corpus scale (docs/performance.md). The files a locale has a
 * fixed number of (its own pages, the scripts and styles) get the smallest: brotli 11, gzip 9.
 */
const GROWS_WITH_CORPUS = new RegExp(`(^|/)(__query|${ARTICLES_SEGMENT})/|^(content|assets/search)/`);
export function compressionOf(relative, bytes) {
  return GROWS_WITH_CORPUS.test(relative) || bytes > 1_000_000
    ? { brotli: 6, gzip: 6 }
    : { brotli: 11, gzip: 9 };
}

export async function precompress(outDir, { timed = untimed } = {}) {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !NEVER_SENT.test(relative));
  await timed(
    'precompress',
    async (phase) => {
      let next = 0;
      const worker = async () => {
        while (next < files.length) {
          const relative = files[next];
          next += 1;
          await compressFile(path.join(outDir, relative), relative);
          phase.advance();
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    },
    { total: files.length, unit: 'files' },
  );
}

async function compressFile(file, relative) {
  const bytes = await readFile(file);
  const quality = compressionOf(relative, bytes.length);
  const [gzipped, brotlied] = await Promise.all([
    gzipAsync(bytes, { level: quality.gzip }),
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality.brotli,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  // A copy no smaller than the file would only cost disk and a lookup.
  if (gzipped.length < bytes.length) await writeFile(`${file}.gz`, gzipped);
  if (brotlied.length < bytes.length) await writeFile(`${file}.br`, brotlied);
  // What grows with the corpus is kept compressed only: its uncompressed files were two thirds of a corpus
  // build, and every browser takes a copy; servers decompress the .gz for a client that does not (serving.md).
  if (GROWS_WITH_CORPUS.test(relative) && gzipped.length < bytes.length) await rm(file);
}
