// Writes .gz and .br next to every text file a server sends compressed, so it does no work per request.
// A server that finds no copy sends the file as it is (scripts/serve.mjs, nginx's gzip_static).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { untimed } from './progress.mjs';

const COMPRESSIBLE = /\.(html|js|css|svg|json|txt)$/;
/**
 * What no server sends: Vite's manifest, the servers' own files (but the refused-request pages under
 * `.server/errors/`, which are sent), the query-page map; and embed-config.json, which a deployer edits in
 * place (a stale compressed copy would be sent instead of the edit).
 */
const NEVER_SENT = /^(\.vite\/|\.server\/(?!errors\/)|query-pages\.json$|embed-config\.json$)/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** zlib's async calls run on libuv's thread pool (4 threads): this many files at once keeps both cores busy. */
const CONCURRENCY = 8;

/**
 * Brotli's quality: 11 (the smallest) costs about 1 s per MB on this machine, 6 about 20 times less for
 * 8–10 % more bytes (an article page: 5,389 against 5,873 bytes; 1 MB of article text: 145 against 166 kB;
 * 9: 160 kB in 1/17 of the time). So 11 only where few files are read by many: each locale's own pages
 * (home, wizard, search, not-found) and the scripts and styles (the entry, 309 kB, loses 6.4 kB at 9).
 * What grows with the corpus takes less: article pages and every page prerendered for a query
 * (`__query/`) 6, the search index (tens of MB at corpus scale, loaded when the field is used) and any
 * script over 1 MB 9. At 11 they were most of the build at corpus scale (docs/performance.md).
 */
export function brotliQualityOf(relative, bytes) {
  if (relative.endsWith('.html'))
    return relative.includes('/__query/') || relative.includes('/articles/') ? 6 : 11;
  return /(^|\/)search-index-/.test(relative) || bytes > 1_000_000 ? 9 : 11;
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
  const [gzipped, brotlied] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQualityOf(relative, bytes.length),
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  // A copy no smaller than the file would only cost disk and a lookup.
  if (gzipped.length < bytes.length) await writeFile(`${file}.gz`, gzipped);
  if (brotlied.length < bytes.length) await writeFile(`${file}.br`, brotlied);
}
