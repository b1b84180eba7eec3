import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_CACHE } from '../../src/content/pipeline/worker-bundle';
import { searchIndexPlugin } from '../../src/content/vite-plugin-search-index';

const SHARDS_IN_OUTPUT = 'assets/search';

/** Every file under `dir`, relative to it. */
const filesUnder = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

describe('the search index plugin', () => {
  it('still copies every shard when a build beside it pruned a cached folder it reused', () => {
    // A slug of its own, so no other build of this run shares its index's cache folder.
    const contentDir = mkdtempSync(path.join(tmpdir(), 'help-center-shard-race-'));
    const slug = `race-${path.basename(contentDir).slice(-6).toLowerCase()}`;
    mkdirSync(path.join(contentDir, slug));
    cpSync('tests/content/fixtures/valid/canonical.md', path.join(contentDir, slug, 'cs-cz.md'));
    const plugin = searchIndexPlugin(contentDir);
    const writeBundle = plugin.writeBundle as (this: unknown, options: { dir: string }) => void;
    const client = { environment: { name: 'client' } };

    const first = path.join(contentDir, 'first');
    writeBundle.call(client, { dir: first });
    const folders = readdirSync(path.join(first, SHARDS_IN_OUTPUT)).filter((name) =>
      name.startsWith('cs-cz-'),
    );
    expect(folders).toHaveLength(1);
    // What another build's pruning does between this build's indexing and its copy.
    for (const name of folders) rmSync(path.join(PROJECT_CACHE, 'search-shards', name), { recursive: true });

    const second = path.join(contentDir, 'second');
    writeBundle.call(client, { dir: second });
    expect(filesUnder(second)).toEqual(filesUnder(first));
    expect(filesUnder(second).length).toBeGreaterThan(1);
    rmSync(contentDir, { recursive: true, force: true });
  });
});
