// Imported first by the build: runs the build again in a Node whose heap is capped, unless one was given
// (`--max-old-space-size` on the command line or in NODE_OPTIONS). Uncapped, V8 let the build's heap grow
// to about 2.2 GB on the real corpus before collecting; capped at 1 GB the same build peaked at 1.1 GB
// for 15 % more CPU (docs/performance.md). Synchronous, so nothing imported after it is evaluated here.
import { spawnSync } from 'node:child_process';

const FLAG = '--max-old-space-size';
/** MB of old-generation heap: room for the seventeen-locale corpus, below the 2 GB budget with the rest. */
export const BUILD_HEAP_MB = 1536;

const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
if (!given.some((argument) => argument.startsWith(FLAG))) {
  const run = spawnSync(
    process.execPath,
    [`${FLAG}=${BUILD_HEAP_MB}`, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(run.status ?? 1);
}
