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
  for (const target of server.prerenderTargets()) {
    const page = await server.render(target);
    const preloads = chunksFor(page, viteManifest)
      .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
      .join('');
    const html = css
      .replace('<html lang="en-US">', `<html lang="${page.htmlLang}">`)
      .replace('<!--app-head-->', page.head + preloads)
      .replace(
        '<div id="root"><!--app-html--></div>',
        `<div id="root" data-prerendered-locale="${page.locale}">${page.html}</div>`,
      );
    const file = path.join(outDir, page.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
    pages.push(page.file);
  }
  return pages;
}

/** The stylesheet is small: inlining it saves a render-blocking request on first paint. */
async function inlineStyles(template, outDir) {
  const links = [...template.matchAll(/<link rel="stylesheet" crossorigin href="\/([^"]+)">/g)];
  let html = template;
  for (const [tag, href] of links) {
    const css = await readFile(path.join(outDir, href), 'utf8');
    html = html.replace(tag, `<style>${css}</style>`);
  }
  return html;
}

/** The lazy chunks a page needs at once: its locale's UI strings and its article version. */
function chunksFor(page, viteManifest) {
  const wanted = (key) =>
    key.match(new RegExp(`/locales/${page.locale}\\.json$`)) ||
    (key.includes('virtual:content/article/') &&
      key.endsWith(`/${page.locale}`) &&
      page.url.includes('/articles/'));
  return Object.entries(viteManifest)
    .filter(
      ([key]) =>
        wanted(key) && (!key.includes('virtual:content/article/') || key.includes(page.url.split('/').pop())),
    )
    .map(([, chunk]) => chunk.file);
}
