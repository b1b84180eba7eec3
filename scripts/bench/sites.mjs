// The sites the bench measures: the production build and the static-HTML floor (the LCP budget's yardstick),
// both served as `npm start` serves dist/ (scripts/serve.mjs), on free ports of 127.0.0.1.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { precompress } from '../precompress.mjs';
import { createSiteServer, listen } from '../serve.mjs';
import { readBuilt } from '../server/built-file.mjs';
import { buildLocales } from '../server/locales.mjs';
import { track } from './util.mjs';

/** `env` is the server's (EMBED_ALLOWED_ORIGINS). */
export async function startSite(root, name, env = {}) {
  const server = createSiteServer(root, { env });
  const { port } = await listen(server, 0);
  track(`${name} server`, async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { root, url: `http://127.0.0.1:${port}` };
}

/** A prerendered page without its JavaScript: every <script> and every modulepreload removed. */
const stripScripts = (html) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '');

/** Writes the static-HTML floor into a temporary folder, returned: the pages without scripts at their paths,
 * with what the server needs to start (the root, each locale's not-found page, .server/), precompressed. */
export async function writeStaticFloor(dist, htmlFiles) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'help-center-bench-floor-'));
  track(`static floor folder ${root}`, () => rm(root, { recursive: true, force: true }));
  const notFoundPages = buildLocales(dist).map((locale) => path.join(dist, locale, '404.html'));
  for (const file of [path.join(dist, 'index.html'), ...notFoundPages, ...htmlFiles]) {
    const target = path.join(root, path.relative(dist, file));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, stripScripts(readBuilt(file, 'utf8')));
  }
  await cp(path.join(dist, '.server'), path.join(root, '.server'), { recursive: true });
  await precompress(root);
  return root;
}
