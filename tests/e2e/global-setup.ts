import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ESM script shared with the bench and the browser check
import { CHROMIUM_PATH } from '../../scripts/chromium.mjs';
// @ts-expect-error -- plain ESM script shared with `npm start`; typed where it is used
import { createSiteServer, listen } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A folder for this run's builds that test files share (see `shared-build.ts`). */
    runDir: string;
    /** Names this run's build of the real corpus's slice, which the files that test it share. */
    runId: string;
  }
}

/** The folder of one run's build of the real corpus's slice (`support/real-slice.ts`), removed as the run ends. */
export const realSliceDir = (runId: string) => path.join(tmpdir(), `help-center-real-slice-${runId}`);

/**
 * Serves the production build exactly as `npm start` does, on a free loopback port. Each e2e project runs
 * this; they share the run's folder (this process's).
 */
export default async function setup(project: TestProject) {
  const chromium: string = CHROMIUM_PATH;
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium is missing at ${chromium}. Install it: apt-get install -y chromium fonts-noto-cjk (bash .ci/run does).`,
    );
  }
  if (!existsSync('dist/index.html'))
    throw new Error('No production build in dist/: run "npm run build" first.');
  const server = createSiteServer('dist') as import('node:http').Server;
  const address = (await listen(server, 0)) as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  const runDir = path.join(tmpdir(), `help-center-e2e-run-${process.pid}`);
  mkdirSync(runDir, { recursive: true });
  project.provide('runDir', runDir);
  // One per process, like runDir: both e2e projects share the slice's build.
  const runId = String(process.pid);
  project.provide('runId', runId);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(runDir, { recursive: true, force: true });
    rmSync(realSliceDir(runId), { recursive: true, force: true });
    rmSync(`${realSliceDir(runId)}.lock`, { recursive: true, force: true });
  };
}
