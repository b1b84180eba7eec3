// Bench (not a test): `npm run content:import` and the parse of Microsoft's three shared locales, cold (empty
// disk cache, a new content folder) and warm (the same again: nothing changed), each in a fresh process.
// Budget on 2 cores: ≤ 30 s cold, ≤ 5 s warm. CORPUS=<path> to choose the corpus.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const BUDGET = { cold: 30, warm: 5 };

/** The corpus beside the project (a worktree sits one level deeper), or CORPUS. */
const CANDIDATES = [
  process.env.CORPUS,
  '../shared/partner-center-corpus',
  '../../shared/partner-center-corpus',
];

export function measureImport(corpus = CANDIDATES.find((candidate) => candidate && existsSync(candidate))) {
  if (!corpus) {
    console.log(
      'No shared partner-center-corpus beside the project: the import bench is skipped (CORPUS=<path>).',
    );
    return null;
  }
  const root = mkdtempSync(path.join(tmpdir(), 'content-import-bench-'));
  const run = (label) => {
    const child = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'CPU_S %U %S',
        process.execPath,
        'scripts/bench/content-load.mjs',
        corpus,
        path.join(root, 'content'),
        path.join(root, 'cache'),
      ],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`the ${label} import failed:\n${child.stderr}`);
    const figures = JSON.parse(child.stdout.trim().split('\n').at(-1));
    const [, user = 'NaN', system = 'NaN'] = /CPU_S ([\d.]+) ([\d.]+)/.exec(child.stderr) ?? [];
    return { label, ...figures, cpuSeconds: Number(user) + Number(system), load: loadavg()[0] };
  };
  try {
    const rows = [run('cold'), run('warm')];
    console.log(
      '\n| Three shared locales | Import | Parse | Import + parse | CPU (process) | Files parsed / from disk | Load average |',
    );
    console.log('| :--- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) {
      const total = row.importSeconds + row.parseSeconds;
      console.log(
        `| ${row.label} | ${row.importSeconds.toFixed(1)} s | ${row.parseSeconds.toFixed(1)} s | ${total.toFixed(1)} s ` +
          `(${total <= BUDGET[row.label] ? 'within' : 'OVER'} ${BUDGET[row.label]} s) | ${row.cpuSeconds.toFixed(0)} s | ` +
          `${row.parsed} / ${row.fromDisk} | ${row.load.toFixed(1)} |`,
      );
    }
    console.log(`\nBuild report: ${rows[1].summary}`);
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) measureImport();
