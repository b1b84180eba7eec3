// A slice of the real corpus of its own, built for one test file (the search test picks its files for their words).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../../scripts/serve.mjs';
import { CORPUS } from './real-slice';

export interface BuiltSlice {
  baseUrl: string;
  outDir: string;
  close: () => Promise<void>;
}

/**
 * Copies `[locale, file]` pairs of the corpus into a temporary published layout, imports them with
 * `npm run content:import`, builds the site with CONTENT_DIR (prerendering only `pages`) and serves it.
 */
export async function buildRealSlice(
  prefix: string,
  slice: readonly (readonly [string, string])[],
  pages: readonly string[],
): Promise<BuiltSlice> {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [locale, file] of slice) {
    const target = path.join(root, 'corpus', locale, 'partner-center', file);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(CORPUS ?? '', locale, 'partner-center', file), target);
  }
  const contentDir = path.join(root, 'content');
  const outDir = path.join(root, 'dist');
  execFileSync(process.execPath, ['scripts/import-content.mjs', path.join(root, 'corpus'), contentDir], {
    stdio: 'pipe',
  });
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, PRERENDER_ONLY: pages.join(',') },
    stdio: 'pipe',
  });
  const server = createSiteServer(outDir) as Server;
  const baseUrl = `http://127.0.0.1:${((await listen(server, 0)) as AddressInfo).port}`;
  return {
    baseUrl,
    outDir,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
