/**
 * Parsed sources by content hash. In memory for the life of the process: the client and server builds of
 * one `npm run build` parse each file once, and `npm run dev` re-parses only the files an edit changed.
 * A large folder is `warm`ed first: the files not in memory are read from a disk cache
 * (`node_modules/.cache/help-center-content/<parser version>/<sha256>.json`) or parsed on every core.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './content-layout';
import { readCachedParse, writeCachedParse } from './disk-cache';
import { SOURCE_PARSERS, type SourceReader } from './load-content';
import { parseInWorkers } from './parse-pool';
import { readSource, type ParsedSource } from './read-source';
import { bundleParseWorker, pruneOtherVersions } from './worker-bundle';

export interface WarmOptions {
  /** Disk cache folder; null for none. */
  cacheDir: string | null;
  /**
   * Below this many files to parse, `warm` leaves them to `read` (in this thread, no disk cache): starting
   * the workers costs about as much as parsing that many files.
   */
  minFiles: number;
  threads: number;
}

export interface WarmFigures {
  /** Files already parsed in this process. */
  inMemory: number;
  fromDisk: number;
  parsed: number;
}

export interface ParseCache {
  read: SourceReader;
  warm(sources: readonly SourceFile[], options: WarmOptions): Promise<WarmFigures>;
  /** How many times a source was actually parsed, here or in a worker (for tests and the bench). */
  parses(): number;
}

export function createParseCache(): ParseCache {
  /** One entry per file: the hash (of its bytes, kind, slug and locale) it was parsed at. */
  const entries = new Map<string, { hash: string; parsed: ParsedSource }>();
  let parses = 0;
  const read: SourceReader = (source) => {
    const bytes = readFileSync(source.file);
    const hash = hashOf(source, bytes);
    const cached = entries.get(source.file);
    if (cached?.hash === hash) return cached.parsed;
    parses += 1;
    const parsed = readSource(source, SOURCE_PARSERS, bytes);
    entries.set(source.file, { hash, parsed });
    return parsed;
  };

  const warm = async (sources: readonly SourceFile[], options: WarmOptions): Promise<WarmFigures> => {
    const missing = sources
      .map((source) => ({ source, hash: hashOf(source, readFileSync(source.file)) }))
      .filter(({ source, hash }) => entries.get(source.file)?.hash !== hash);
    const figures = { inMemory: sources.length - missing.length, fromDisk: 0, parsed: 0 };
    if (missing.length < options.minFiles) return figures;
    const worker = await bundleParseWorker();
    if (options.cacheDir !== null) pruneOtherVersions(options.cacheDir, worker.version);
    const folder = options.cacheDir === null ? null : path.join(options.cacheDir, worker.version);
    const toParse = missing.filter(({ source, hash }) => {
      const parsed = folder === null ? null : readCachedParse(folder, hash, source.file);
      if (parsed) entries.set(source.file, { hash, parsed });
      return parsed === null;
    });
    figures.fromDisk = missing.length - toParse.length;
    const results = await parseInWorkers(
      toParse.map(({ source }) => source),
      worker.file,
      options.threads,
    );
    toParse.forEach(({ source, hash }, index) => {
      const parsed = results[index];
      if (!parsed) throw new Error(`no parse result for ${source.file}`);
      entries.set(source.file, { hash, parsed });
      if (folder !== null) writeCachedParse(folder, hash, source.file, parsed);
    });
    parses += toParse.length;
    figures.parsed = toParse.length;
    return figures;
  };
  return { read, warm, parses: () => parses };
}

function hashOf(source: SourceFile, bytes: Uint8Array): string {
  return createHash('sha256')
    .update(`${source.kind}\0${source.slug}\0${source.locale}\0`)
    .update(bytes)
    .digest('hex');
}

/**
 * The one cache of the process: Vite bundles and imports the config (so the content plugins) afresh for
 * each `build()`, and the client and server builds, the search index and dev rebuilds share it.
 */
export function sharedParseCache(): ParseCache {
  const holder = globalThis as { [CACHE_KEY]?: ParseCache };
  return (holder[CACHE_KEY] ??= createParseCache());
}
const CACHE_KEY = Symbol.for('help-center-content-parse-cache');
