// The sites the bench measures: the production build and the static-HTML floor, both served exactly as
// `npm start` serves dist/ (scripts/serve.mjs), on free ports of 127.0.0.1.
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { precompress } from '../precompress.mjs';
import { createSiteServer, listen } from '../serve.mjs';
import { track } from './cleanup.mjs';
import { buildLocales } from '../server/locales.mjs';

export async function startSite(root, name) {
  const server = createSiteServer(root);
  const address = await listen(server, 0);
  const stop = track(
    `${name} server`,
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    () => server.closeAllConnections(),
  );
  return { name, root, url: `http://127.0.0.1:${address.port}`, stop };
}

/** A prerendered page without its JavaScript: every <script> and every modulepreload removed. */
export function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '');
}

/**
 * Writes the static-HTML floor into a temporary folder: the given pages without scripts, at the same paths,
 * with the files the server needs and the same precompression as the build. Returns the folder and a
 * function that removes it.
 */
export async function writeStaticFloor(dist, htmlFiles) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'help-center-bench-floor-'));
  const remove = track(`static floor folder ${root}`, () => rm(root, { recursive: true, force: true }));
  const copy = async (relative, transform) => {
    const target = path.join(root, relative);
    await mkdir(path.dirname(target), { recursive: true });
    if (transform) await writeFile(target, transform(await readFile(path.join(dist, relative), 'utf8')));
    else await copyFile(path.join(dist, relative), target);
  };
  await copy('index.html', stripScripts); // the server refuses a folder without index.html
  // The server starts only with each locale's not-found page (scripts/server/locales.mjs).
  const notFoundPages = buildLocales(dist).map((locale) => `${locale}/404.html`);
  for (const extra of ['robots.txt', '404.html', ...notFoundPages]) {
    if (existsSync(path.join(dist, extra))) await copy(extra, extra.endsWith('.html') ? stripScripts : null);
  }
  for (const file of htmlFiles) await copy(path.relative(dist, file), stripScripts);
  // The server's own files: CSP hashes, refused-request pages (the floor keeps the inline stylesheet).
  await cp(path.join(dist, '.server'), path.join(root, '.server'), { recursive: true });
  await precompress(root);
  return { root, remove };
}
