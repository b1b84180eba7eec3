// First-load JavaScript and CSS of a prerendered page: what its HTML makes the browser load before any
// interaction. Shared by the bench (run.mjs) and the byte-budget test.
//
// JavaScript: the scripts the page lists (the prerendered pages list theirs as JSON, started by an inline
// loader after first paint: scripts/prerender.mjs), `<script src>`, `<link rel="modulepreload">`, and the
// static `imports` of each, recursively, from Vite's `.vite/manifest.json`; inline scripts count too.
// Dynamic imports count only when the page preloads them. CSS: stylesheets, inline `<style>`, and the `css`
// of the first-load chunks unless the page inlines it already. Gzip bytes are the build's `.gz` copies, or
// the same compression computed here where there is none (inline code).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of some bytes, or of a built file (its `.gz` copy when it has one). */
function sizesOf(bytes, file) {
  const copy = file && existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : null;
  return { raw: bytes.length, gzip: copy ?? gzipSync(bytes, { level: 9 }).length };
}

const attribute = (tag, name) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);

/** The hrefs of the scripts, modulepreloads and stylesheets of a page, and its inline code and styles. */
function parseLoads(html) {
  const scripts = [];
  const inlineScripts = [];
  const stylesheets = [];
  for (const [whole, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = whole.slice(0, whole.indexOf('>') + 1);
    const type = (attribute(tag, 'type') ?? '').toLowerCase();
    if (attribute(tag, 'id') === 'app-scripts') {
      const listed = JSON.parse(body);
      scripts.push(listed.entry, ...listed.preload);
    } else if (['', 'module', 'text/javascript'].includes(type)) {
      const src = attribute(tag, 'src');
      if (src !== undefined) scripts.push(src);
      else if (body.trim()) inlineScripts.push(body);
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (href && rel.includes('modulepreload')) scripts.push(href);
    if (href && rel.includes('stylesheet')) stylesheets.push(href);
  }
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((match) => match[1]);
  return { scripts, inlineScripts, stylesheets, inlineStyles };
}

/** Reads `.vite/manifest.json` of a build into a lookup by output file. */
export function readManifest(dist) {
  const file = path.join(dist, '.vite/manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: the build must keep Vite's manifest.`);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  return { manifest, byFile };
}

/** A URL of the page as a path inside the build. */
const builtPath = (pageUrl, href) =>
  decodeURIComponent(new URL(href, new URL(pageUrl, 'http://bench.invalid')).pathname).slice(1);

const total = (items) => ({
  raw: items.reduce((sum, item) => sum + item.raw, 0),
  gzip: items.reduce((sum, item) => sum + item.gzip, 0),
});

/**
 * The first-load JavaScript and CSS of `htmlFile` (a page inside `dist`): each { total, requests, files },
 * every file with how the page reaches it.
 */
export function firstLoad(dist, htmlFile, { manifest: { manifest, byFile } = readManifest(dist) } = {}) {
  const html = readFileSync(htmlFile, 'utf8');
  const pageUrl = '/' + path.relative(dist, htmlFile).split(path.sep).join('/');
  const loads = parseLoads(html);
  const builtFile = (file, via) => {
    const full = path.join(dist, file);
    if (!existsSync(full)) throw new Error(`${htmlFile} loads ${file}, which is missing from ${dist}`);
    return { file, via, ...sizesOf(readFileSync(full), full) };
  };

  const jsFiles = new Map();
  const visit = (file, via) => {
    if (jsFiles.has(file)) return;
    jsFiles.set(file, via);
    for (const key of byFile.get(file)?.imports ?? []) visit(manifest[key].file, `import of ${file}`);
  };
  for (const href of loads.scripts) visit(builtPath(pageUrl, href), 'script');
  const js = [...jsFiles].map(([file, via]) => builtFile(file, via));
  const inlineJs = loads.inlineScripts.map((code, index) => ({
    file: `(inline script ${index + 1})`,
    via: 'inline',
    ...sizesOf(Buffer.from(code)),
  }));

  const inlineCss = loads.inlineStyles.join('\n');
  const cssFiles = new Map(loads.stylesheets.map((href) => [builtPath(pageUrl, href), 'stylesheet']));
  for (const file of jsFiles.keys()) {
    for (const css of byFile.get(file)?.css ?? []) {
      const text = readFileSync(path.join(dist, css), 'utf8').trim();
      if (!cssFiles.has(css) && text && !inlineCss.includes(text)) cssFiles.set(css, `css of ${file}`);
    }
  }
  const css = [
    ...[...cssFiles].map(([file, via]) => builtFile(file, via)),
    ...loads.inlineStyles.map((text, index) => ({
      file: `(inline style ${index + 1})`,
      via: 'inline',
      ...sizesOf(Buffer.from(text)),
    })),
  ];

  return {
    page: pageUrl,
    js: { total: total([...js, ...inlineJs]), requests: js.length, files: [...js, ...inlineJs] },
    css: { total: total(css), requests: cssFiles.size, files: css },
  };
}
