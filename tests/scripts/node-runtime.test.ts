// `npm test`, `npm start` and every script run on the Node the project installs (the `node` package puts
// its binary first on the PATH of npm scripts), whatever Node the machine has.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const pinned = `v${JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.node}`;

describe('the Node runtime', () => {
  it('is the pinned Node 24 in the test process', () => {
    console.log(`Node ${process.version} at ${process.execPath}`);
    expect(process.version).toMatch(/^v24\./);
    expect(process.version).toBe(pinned);
  });

  it('is the one that `node` names for what scripts start, and that child processes get', () => {
    expect(execFileSync('node', ['--version'], { encoding: 'utf8' }).trim()).toBe(pinned);
    expect(execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim()).toBe(pinned);
  });

  it('is the one worker threads run on', async () => {
    const worker = new Worker('require("node:worker_threads").parentPort.postMessage(process.version)', {
      eval: true,
    });
    const version = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(version).toBe(pinned);
  });
});
