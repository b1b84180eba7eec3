// Writes .gz and .br next to every text asset, so the server sends compressed bytes without work per request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|svg|json|txt)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** zlib's async calls run on libuv's thread pool (4 threads): this many files at once keeps both cores busy. */
const CONCURRENCY = 8;

/**
 * Brotli's best quality (11) for the scripts and styles, compressed once per build and cached for a year.
 * The HTML pages, thousands of them with many articles, take quality 10: measured on an article page,
 * 2.5 % bigger (4,647 against 4,534 bytes) in 40 % of the time (7 against 17 ms), which is most of the
 * build at 300 articles × 3 locales.
 */
const qualityOf = (file) => (file.endsWith('.html') ? 10 : 11);

export async function precompress(outDir) {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next];
      next += 1;
      const bytes = await readFile(file);
      const [gzipped, brotlied] = await Promise.all([
        gzipAsync(bytes, { level: 9 }),
        brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: qualityOf(file) } }),
      ]);
      await writeFile(`${file}.gz`, gzipped);
      await writeFile(`${file}.br`, brotlied);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}
