// Each lazy page names its module twice: the `import()` the bundler splits on, and the path Vite's build
// manifest keys its chunk by (the prerender preloads that chunk). A path that drifted from its import would
// preload another page's chunk, or fail the prerender only once that page is built: this checks them all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TABLE = 'src/app/route-table.tsx';
const source = readFileSync(TABLE, 'utf8');
const CALL = /lazyPage(?:<[^>]*>)?\(\s*'([^']+)',\s*\(\)\s*=>\s*import\('([^']+)'\)/g;

describe('lazy pages of the route table', () => {
  const calls = [...source.matchAll(CALL)].map(([, manifestKey = '', specifier = '']) => ({
    manifestKey,
    module: `${path.posix.join(path.posix.dirname(TABLE), specifier)}.tsx`,
  }));

  it('are all written as lazyPage(path, () => import(module)), so each is checked', () => {
    expect(calls.length).toBe(source.match(/lazyPage(?:<[^>]*>)?\(/g)?.length);
    expect(calls.length).toBeGreaterThan(5);
  });

  it('name the module they import', () => {
    for (const call of calls) expect(call.manifestKey).toBe(call.module);
  });
});
