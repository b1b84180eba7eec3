// @vitest-environment node
// `npm run build` swaps a finished build in: a build that fails leaves the last good output untouched.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/build.mjs', () => {
  it('fails on a hostile content file with its file and line, and keeps the last good dist/', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'help-center-build-'));
    dirs.push(dir);
    const contentDir = path.join(dir, 'articles');
    cpSync('src/content/articles', contentDir, { recursive: true });
    mkdirSync(path.join(contentDir, 'widget-safety'));
    cpSync(
      'tests/content/fixtures/hostile/script-block.md',
      path.join(contentDir, 'widget-safety', 'de-de.md'),
    );
    const outDir = path.join(dir, 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), '<p>last good build</p>');

    let output = '';
    expect(() => {
      try {
        execFileSync(process.execPath, ['scripts/build.mjs'], {
          env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
          stdio: 'pipe',
        });
      } catch (error) {
        const failed = error as { stdout: Buffer; stderr: Buffer };
        output = `${failed.stdout.toString()}${failed.stderr.toString()}`;
        throw error;
      }
    }).toThrow();
    expect(output).toMatch(/widget-safety\/de-de\.md:9:1: <script> is not allowed/);
    expect(output).toMatch(/keeps the last good build/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>last good build</p>');
    expect(readdirSync(dir).sort()).toEqual(['articles', 'dist']);
  }, 120_000);
});
