// The build runs with its heap capped (scripts/heap-limit.mjs), so V8 collects before the build's memory
// passes its budget; a cap given by the caller is kept.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'heap-limit-'));
const probe = path.join(dir, 'probe.mjs');
writeFileSync(
  probe,
  `import { BUILD_HEAP_MB } from ${JSON.stringify(path.resolve('scripts/heap-limit.mjs'))};\n` +
    `import v8 from 'node:v8';\n` +
    `const limitMb = v8.getHeapStatistics().heap_size_limit / 2 ** 20;\n` +
    `console.log(JSON.stringify({ limitMb, capMb: BUILD_HEAP_MB, argv: process.argv.slice(2) }));\n`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  JSON.parse(
    execFileSync(process.execPath, [...args, probe, '--flag', 'value'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', ...env },
    }),
  ) as { limitMb: number; capMb: number; argv: string[] };

describe('the build heap limit', () => {
  it('runs the script again with its old generation capped, arguments kept', () => {
    const { limitMb, capMb, argv } = run([]);
    // The limit V8 reports is the old generation plus the young one's semi-spaces.
    expect(limitMb).toBeGreaterThanOrEqual(capMb);
    expect(limitMb).toBeLessThan(capMb + 256);
    expect(argv).toEqual(['--flag', 'value']);
  });

  it('keeps a cap given on the command line or in NODE_OPTIONS', () => {
    const wide = run(['--max-old-space-size=3000']);
    expect(wide.limitMb).toBeGreaterThanOrEqual(3000);
    const narrow = run([], { NODE_OPTIONS: '--max-old-space-size=700' });
    expect(narrow.limitMb).toBeLessThan(narrow.capMb);
    expect(narrow.limitMb).toBeGreaterThanOrEqual(700);
  });
});
