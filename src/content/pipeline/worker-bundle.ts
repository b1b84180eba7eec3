/**
 * The parse workers' entry as one JavaScript file: the pipeline is TypeScript that Vite compiles on the
 * fly, and a worker thread needs a file Node runs as it is. Bundled with rolldown (Vite's own bundler),
 * packages left to Node's resolution. The bundle's hash, with the lockfile's, is the parser version that
 * names the disk cache's folder: any change to the pipeline's code or its packages starts a new cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const ENTRY = fileURLToPath(new URL('./parse-worker.ts', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../../package-lock.json', import.meta.url));
/** Inside the project, so that the bundle's imports resolve from its node_modules. */
export const PROJECT_CACHE = fileURLToPath(
  new URL('../../../node_modules/.cache/help-center-content/', import.meta.url),
);

export interface WorkerBundle {
  file: string;
  version: string;
}

/** Writes the bundle into the project's cache folder, once per version. */
export async function bundleParseWorker(): Promise<WorkerBundle> {
  const output = await build({
    input: ENTRY,
    platform: 'node',
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
    write: false,
    logLevel: 'silent',
    output: { format: 'esm' },
  });
  const code = output.output[0].code;
  const lockfile = existsSync(LOCKFILE) ? readFileSync(LOCKFILE) : '';
  const version = createHash('sha256').update(code).update(lockfile).digest('hex').slice(0, 16);
  mkdirSync(PROJECT_CACHE, { recursive: true });
  const file = path.join(PROJECT_CACHE, `parse-worker-${version}.mjs`);
  if (!existsSync(file)) writeFileSync(file, code);
  return { file, version };
}

/**
 * A parser version's folder or bundle, or one being removed: what `pruneOtherVersions` may remove. The cache
 * folder holds others' files too (the search index's shards), which are not its to prune.
 */
const VERSIONED = /^(?:parse-worker-)?([0-9a-f]{16})(?:\.mjs)?(\.\d+\.pruned)?$/;

/** Removes what older parser versions left in a cache folder: their bundles and parsed files. */
export function pruneOtherVersions(folder: string, version: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const [, named, pruned] = VERSIONED.exec(name) ?? [];
    if (named === undefined || (named === version && pruned === undefined)) continue;
    try {
      // Renamed away first: a build beside this one finds it whole or not at all, never half removed.
      const doomed = pruned ? path.join(folder, name) : path.join(folder, `${name}.${process.pid}.pruned`);
      if (!pruned) renameSync(path.join(folder, name), doomed);
      rmSync(doomed, { recursive: true, force: true });
    } catch {
      // Another build pruned it first.
    }
  }
}
