// A slice of the real corpus of its own, for one test file (the search test picks its files for their words).
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error -- plain ESM script shared with `npm start`
import { createSiteServer, listen } from '../../../scripts/serve.mjs';
import { CORPUS, importAndBuild } from './real-slice';

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
  const outDir = path.join(root, 'dist');
  importAndBuild(root, CORPUS ?? '', slice, pages);
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
