import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { PROJECT_CACHE } from './pipeline/worker-bundle';

/**
 * The search index's shard files on disk, a folder per index (named by locale and hash), written once and
 * shared by every build of the project, also builds running side by side: a folder is written whole then
 * renamed into place, and removed only when a day old, renamed away first.
 */
const SHARD_CACHE = path.join(PROJECT_CACHE, 'search-shards');

/** The folder holding `files` under `name`: the cached one, or one written now. */
export function cachedShardFolder(name: string, files: ReadonlyMap<string, string>): string {
  const written = path.join(SHARD_CACHE, name);
  if (touched(written)) return written;
  const partial = `${written}.${process.pid}.partial`;
  mkdirSync(partial, { recursive: true });
  for (const [file, text] of files) writeFileSync(path.join(partial, file), text);
  try {
    renameSync(partial, written);
  } catch {
    // Another build wrote the same index first.
    rmSync(partial, { recursive: true, force: true });
  }
  return written;
}

/** Marks a folder as used again, so the pruning keeps it; false if it is not there (or was just pruned). */
function touched(folder: string): boolean {
  try {
    utimesSync(folder, new Date(), new Date());
    return true;
  } catch {
    return false;
  }
}

/** A day is longer than any build that may still copy a folder: older ones go, so the cache does not grow. */
const SHARD_CACHE_DAYS = 1;

export function pruneShardCache(): void {
  if (!existsSync(SHARD_CACHE)) return;
  const oldest = Date.now() - SHARD_CACHE_DAYS * 24 * 60 * 60 * 1000;
  for (const name of readdirSync(SHARD_CACHE)) {
    const folder = path.join(SHARD_CACHE, name);
    try {
      if (statSync(folder).mtimeMs >= oldest) continue;
      // Renamed away first: a build beside this one finds a folder whole or not at all, never half removed.
      const doomed = `${folder}.${process.pid}.pruned`;
      renameSync(folder, doomed);
      rmSync(doomed, { recursive: true, force: true });
    } catch {
      // Another build removed or renamed it first.
    }
  }
}
