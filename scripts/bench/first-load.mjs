// First-load JavaScript and CSS of a prerendered page: what its HTML makes the browser load before any
// interaction. Shared by the bench (scripts/bench/run.mjs) and the byte-budget test.
//
// JavaScript: the `<script src>` tags (type=module or classic), every `<link rel="modulepreload">`, and the
// static `imports` of each, recursively, from Vite's `.vite/manifest.json`; inline executable scripts count
// too. Dynamic imports (lazy routes, tools) are not first-load unless the page preloads them.
// CSS: `<link rel="stylesheet">`, inline `<style>` blocks, and the `css` of the first-load chunks unless it is
// already inlined in the page.
// Sizes: raw bytes, and gzip / brotli bytes as served (the build's precompressed `.gz` / `.br` siblings, or
// the same compression computed here when a sibling is missing, e.g. for inline code).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Raw, gzip and brotli sizes of some bytes, or of a built file (using its precompressed siblings). */
export function sizesOf(bytes, file) {
  const sibling = (ext) =>
    file && existsSync(`${file}.${ext}`) ? readFileSync(`${file}.${ext}`).length : null;
  return {
    raw: bytes.length,
    gzip: sibling('gz') ?? gzipSync(bytes, { level: 9 }).length,
    brotli:
      sibling('br') ?? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (items) =>
  items.reduce(
    (total, item) => ({
      raw: total.raw + item.raw,
      gzip: total.gzip + item.gzip,
      brotli: total.brotli + item.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );

function attributesOf(tag) {
  const attributes = {};
  const body = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  for (const [, name, dq, sq, bare] of body.matchAll(
    /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
  )) {
    attributes[name.toLowerCase()] = dq ?? sq ?? bare ?? '';
  }
  return attributes;
}

/** The tags of an HTML document that load code or styles, in document order. */
export function parseLoads(html) {
  const scripts = [];
  const inlineScripts = [];
  const modulepreloads = [];
  const stylesheets = [];
  const inlineStyles = [];
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = match[0].slice(0, match[0].indexOf('>') + 1);
    const attributes = attributesOf(tag);
    const type = (attributes.type ?? '').trim().toLowerCase();
    // The prerendered pages list their scripts as JSON, started by an inline loader after first paint
    // (scripts/prerender.mjs): they load all the same, so they count.
    if (type === 'application/json' && attributes.id === 'app-scripts') {
      const listed = JSON.parse(match[1]);
      scripts.push({ href: listed.entry, module: true });
      modulepreloads.push(...listed.preload);
      continue;
    }
    if (!EXECUTABLE_TYPES.has(type)) continue;
    if (attributes.src !== undefined) scripts.push({ href: attributes.src, module: type === 'module' });
    else if (match[1].trim()) inlineScripts.push(match[1]);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload') && attributes.href) modulepreloads.push(attributes.href);
    if (rel.includes('stylesheet') && attributes.href) stylesheets.push(attributes.href);
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) inlineStyles.push(match[1]);
  return { scripts, inlineScripts, modulepreloads, stylesheets, inlineStyles };
}

/** Reads `.vite/manifest.json` of a build into a lookup by output file. */
export function readManifest(dist) {
  const file = path.join(dist, '.vite/manifest.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: the build must keep Vite's manifest (build.manifest: true).`);
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  return { manifest, byFile };
}

/** A URL in the page (absolute path or relative to the page) as a path inside the build, or null if external. */
function builtPath(dist, pageUrl, href) {
  const url = new URL(href, new URL(pageUrl, 'http://bench.invalid'));
  if (url.origin !== 'http://bench.invalid') return null;
  return decodeURIComponent(url.pathname).replace(/^\//, '');
}

/**
 * The first-load JavaScript and CSS of a page.
 * @param {string} dist the build folder
 * @param {string} htmlFile the prerendered page (a path inside `dist`)
 * @param {{ manifest?: ReturnType<typeof readManifest> }} [options]
 */
export function firstLoad(dist, htmlFile, options = {}) {
  const { manifest, byFile } = options.manifest ?? readManifest(dist);
  const html = readFileSync(htmlFile, 'utf8');
  const pageUrl = '/' + path.relative(dist, htmlFile).split(path.sep).join('/');
  const loads = parseLoads(html);
  const external = [];

  // JavaScript: entry scripts and modulepreloads, closed over static imports.
  const jsFiles = new Map(); // built path -> how it is reached
  const visit = (file, via) => {
    if (jsFiles.has(file)) return;
    jsFiles.set(file, via);
    for (const key of byFile.get(file)?.imports ?? []) {
      const imported = manifest[key]?.file;
      if (imported) visit(imported, `import of ${file}`);
    }
  };
  for (const { href } of loads.scripts) {
    const file = builtPath(dist, pageUrl, href);
    if (file === null) external.push(href);
    else visit(file, 'script');
  }
  for (const href of loads.modulepreloads) {
    const file = builtPath(dist, pageUrl, href);
    if (file === null) external.push(href);
    else visit(file, 'modulepreload');
  }
  const missing = [...jsFiles.keys()].filter((file) => !existsSync(path.join(dist, file)));
  if (missing.length) throw new Error(`${htmlFile} loads files missing from ${dist}: ${missing.join(', ')}`);
  const js = [...jsFiles].map(([file, via]) => ({
    file,
    via,
    ...sizesOf(readFileSync(path.join(dist, file)), path.join(dist, file)),
  }));
  const inlineJs = loads.inlineScripts.map((code, index) => ({
    file: `(inline script ${index + 1})`,
    via: 'inline',
    ...sizesOf(Buffer.from(code)),
  }));

  // CSS: stylesheets, inline styles, and CSS that first-load chunks pull in (unless inlined already).
  const inlineCss = loads.inlineStyles.join('\n');
  const cssFiles = new Map();
  for (const href of loads.stylesheets) {
    const file = builtPath(dist, pageUrl, href);
    if (file === null) external.push(href);
    else cssFiles.set(file, 'stylesheet');
  }
  for (const file of jsFiles.keys()) {
    for (const css of byFile.get(file)?.css ?? []) {
      if (cssFiles.has(css) || !existsSync(path.join(dist, css))) continue;
      const text = readFileSync(path.join(dist, css), 'utf8').trim();
      if (text && !inlineCss.includes(text)) cssFiles.set(css, `css of ${file}`);
    }
  }
  const css = [
    ...[...cssFiles].map(([file, via]) => ({
      file,
      via,
      ...sizesOf(readFileSync(path.join(dist, file)), path.join(dist, file)),
    })),
    ...loads.inlineStyles.map((text, index) => ({
      file: `(inline style ${index + 1})`,
      via: 'inline',
      ...sizesOf(Buffer.from(text)),
    })),
  ];

  const allJs = [...js, ...inlineJs];
  return {
    page: pageUrl,
    html: sizesOf(Buffer.from(html), htmlFile),
    js: { total: sum(allJs), requests: js.length, files: allJs },
    css: { total: sum(css), requests: css.filter((item) => item.via !== 'inline').length, files: css },
    external,
  };
}
