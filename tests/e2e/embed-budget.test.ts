// @vitest-environment node
// The host script portals include: small (at most 3 kB gzip: it loads on every portal page) and free of dependencies.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET_GZIP_BYTES = 3000;

describe('dist/embed.js', () => {
  const script = readFileSync('dist/embed.js');

  it(`is at most ${BUDGET_GZIP_BYTES} bytes of gzip`, () => {
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('is one classic script that imports nothing and defines window.HelpCenter', () => {
    const text = script.toString('utf8');
    expect(text).not.toMatch(/\bimport\s*[({"'`]|\bexport\s|\brequire\(/);
    expect(text).toContain('HelpCenter');
    // Never posts to whichever page happens to be there.
    expect(text).not.toMatch(/postMessage\([^)]*['"`]\*['"`]/);
  });

  it('is served with its declaration file beside it', () => {
    expect(readFileSync('dist/embed.d.ts', 'utf8')).toContain('mount(element: Element');
  });
});
