// First-load JavaScript and CSS of a prerendered page, what its HTML loads before any interaction (the bench
// and the byte-budget test): the scripts it lists as JSON for its inline loader (scripts/prerender.mjs),
// `<script src>`, modulepreloads and their static imports from `.vite/manifest.json`, inline scripts;
// stylesheets, inline `<style>` and the `css` of those chunks unless inlined already. Dynamic imports count
// only when preloaded. Gzip bytes: the build's `.gz` copies, or computed the same way (inline code).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isBuilt, readBuilt } from '../server/built-file.mjs';
import { elementsOf, textOf } from './util.mjs';

/** Gzip bytes of some bytes, or of a built file (its `.gz` copy when it has one). */
const gzipOf = (bytes, file) =>
  file && existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : gzipSync(bytes, { level: 9 }).length;

/** The hrefs of the scripts, modulepreloads and stylesheets of a page, and its inline code and styles. */
function parseLoads(html) {
  const loads = { scripts: [], inlineScripts: [], stylesheets: [], inlineStyles: [] };
  for (const element of elementsOf(html)) {
    const { tagName, properties } = element;
    const { href, rel = [], src, type = '' } = properties;
    if (tagName === 'script' && properties.id === 'app-scripts') {
      const listed = JSON.parse(textOf(element));
      loads.scripts.push(listed.entry, ...listed.preload);
    } else if (tagName === 'script' && ['', 'module', 'text/javascript'].includes(type.toLowerCase())) {
      if (src !== undefined) loads.scripts.push(src);
      else if (textOf(element).trim()) loads.inlineScripts.push(textOf(element));
    } else if (tagName === 'link' && href) {
      if (rel.includes('modulepreload')) loads.scripts.push(href);
      if (rel.includes('stylesheet')) loads.stylesheets.push(href);
    } else if (tagName === 'style') loads.inlineStyles.push(textOf(element));
  }
  return loads;
}

/** Reads `.vite/manifest.json` of a build into a lookup by output file. */
export function readManifest(dist) {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  return { manifest, byFile };
}

/** A URL of the page as a path inside the build. */
const builtPath = (pageUrl, href) =>
  decodeURIComponent(new URL(href, new URL(pageUrl, 'http://bench.invalid')).pathname).slice(1);

const part = (files) => ({ total: { gzip: files.reduce((sum, file) => sum + file.gzip, 0) }, files });
const inline = (texts, kind) =>
  texts.map((text, index) => ({ file: `(inline ${kind} ${index + 1})`, via: 'inline', gzip: gzipOf(text) }));

/** First-load JS and CSS of `htmlFile` (in `dist`), each { total: { gzip }, files: [{ file, via, gzip }] } */
export function firstLoad(dist, htmlFile, { manifest: { manifest, byFile } = readManifest(dist) } = {}) {
  const pageUrl = '/' + path.relative(dist, htmlFile).split(path.sep).join('/');
  const loads = parseLoads(readBuilt(htmlFile, 'utf8'));
  const built = (files) =>
    [...files].map(([file, via]) => {
      const full = path.join(dist, file);
      if (!isBuilt(full)) throw new Error(`${htmlFile} loads ${file}, which is missing from ${dist}`);
      return { file, via, gzip: gzipOf(readBuilt(full), full) };
    });

  const jsFiles = new Map();
  const visit = (file, via) => {
    if (jsFiles.has(file)) return;
    jsFiles.set(file, via);
    for (const key of byFile.get(file)?.imports ?? []) visit(manifest[key].file, `import of ${file}`);
  };
  for (const href of loads.scripts) visit(builtPath(pageUrl, href), 'script');
  const js = [...built(jsFiles), ...inline(loads.inlineScripts, 'script')];

  const inlineCss = loads.inlineStyles.join('\n');
  const cssFiles = new Map(loads.stylesheets.map((href) => [builtPath(pageUrl, href), 'stylesheet']));
  for (const file of jsFiles.keys()) {
    for (const css of byFile.get(file)?.css ?? []) {
      const text = readFileSync(path.join(dist, css), 'utf8').trim();
      if (!cssFiles.has(css) && text && !inlineCss.includes(text)) cssFiles.set(css, `css of ${file}`);
    }
  }
  const css = [...built(cssFiles), ...inline(loads.inlineStyles, 'style')];
  return { page: pageUrl, js: part(js), css: part(css) };
}
