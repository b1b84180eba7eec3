// Writes every route as static HTML with its text already in it, then the client hydrates it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function prerender({ outDir, ssrOutDir }) {
  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const viteManifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8'));
  const css = await inlineStyles(template, outDir);
  const server = await import(pathToFileURL(path.resolve(ssrOutDir, 'entry-server.js')).href);
  const pages = [];
  /** `/<path>?<query>` → file, for the server: pages prerendered for the query strings the app writes. */
  const queryPages = {};
  for (const target of server.prerenderTargets()) {
    const page = await server.render(target);
    const preloads = chunksFor(page.modules, viteManifest)
      .map((file) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="/${file}">`)
      .join('');
    const rootAttributes = [
      `data-prerendered-locale="${page.locale}"`,
      `data-prerendered-search="${escapeAttribute(page.search)}"`,
      `data-namespaces="${page.namespaces.join(',')}"`,
    ].join(' ');
    const html = css
      .replace('<html lang="en-US">', `<html lang="${page.htmlLang}">`)
      .replace('<!--app-head-->', page.head + preloads)
      .replace('<div id="root"><!--app-html--></div>', `<div id="root" ${rootAttributes}>${page.html}</div>`);
    const file = path.join(outDir, page.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
    if (page.search) queryPages[page.url] = `/${page.file}`;
    pages.push(page.file);
  }
  await writeFile(path.join(outDir, 'query-pages.json'), JSON.stringify(queryPages, null, 1));
  return pages;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The stylesheet is small: inlining it saves a render-blocking request on first paint. */
async function inlineStyles(template, outDir) {
  const links = [...template.matchAll(/<link rel="stylesheet" crossorigin href="\/([^"]+)">/g)];
  // The app's script only adds interactivity to text that is already there: fetch it after what paints.
  let html = template
    .replace('<script type="module" crossorigin', '<script type="module" crossorigin fetchpriority="low"')
    .replaceAll(
      '<link rel="modulepreload" crossorigin href=',
      '<link rel="modulepreload" crossorigin fetchpriority="low" href=',
    );
  for (const [tag, href] of links) {
    const css = await readFile(path.join(outDir, href), 'utf8');
    html = html.replace(tag, `<style>${css}</style>`);
  }
  return html;
}

/**
 * The chunk files of the lazy modules a page needs at once (its UI strings, its article, its lazy route),
 * with the chunks they import, minus what the entry script loads anyway.
 */
function chunksFor(modules, viteManifest) {
  const entry = Object.values(viteManifest).find((chunk) => chunk.isEntry);
  const loadedByEntry = new Set(closure([entry], viteManifest));
  const wanted = modules.map((key) => {
    const chunk = viteManifest[key];
    if (!chunk) throw new Error(`Prerendering: "${key}" is not in the build manifest`);
    return chunk;
  });
  return closure(wanted, viteManifest).filter((file) => !loadedByEntry.has(file));
}

/** Files of these chunks and, recursively, of their static imports. */
function closure(chunks, viteManifest) {
  const files = new Set();
  const visit = (chunk) => {
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const key of chunk.imports ?? []) visit(viteManifest[key]);
  };
  chunks.forEach(visit);
  return [...files];
}
