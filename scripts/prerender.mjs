// Writes every route as static HTML with its text already in it, then the client hydrates it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { untimed } from './progress.mjs';
import { writeRouteManifest } from './route-manifest.mjs';
import { collectInlineHashes, sortedHashes, writeServerFiles } from './server/build-output.mjs';

export async function prerender({ outDir, ssrOutDir, only = null, timed = untimed }) {
  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const viteManifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8'));
  const shell = await pageShell(template, outDir, viteManifest);
  const server = await import(pathToFileURL(path.resolve(ssrOutDir, 'entry-server.js')).href);
  writeRouteManifest(server.routeManifest());
  // Article versions are read from the files the client build just wrote, not bundled into the server's.
  server.setContentFilesRoot(outDir);
  /** `/<path>?<query>` → file, for the server: pages prerendered for the query strings the app writes. */
  const queryPages = {};
  // The not-found pages are the server's (its 404 and error pages): always rendered.
  const targets = server
    .prerenderTargets()
    .filter((target) => !only || only.has(target.url) || target.notFound || target.url === '/');
  // Answered by another target's page: only an entry in the query-page map.
  for (const target of targets.filter((each) => each.sameAs))
    queryPages[target.url] = `/${server.fileOf({ url: target.sameAs })}`;
  const rendered = targets.filter((target) => !target.sameAs);
  const hashes = { scripts: new Set(), styles: new Set() };
  // Each page is written as soon as it is rendered: only its file name stays in memory.
  const pages = await timed(
    'prerender',
    async (phase) => {
      const files = [];
      for (const target of rendered) {
        const page = await server.render(target);
        const html = pageHtml(page, shell, viteManifest);
        collectInlineHashes(html, hashes);
        await writeFile(await outputFile(outDir, page.file), html);
        if (page.search) queryPages[page.url] = `/${page.file}`;
        files.push(page.file);
        phase.advance();
      }
      return files;
    },
    { total: rendered.length, unit: 'pages' },
  );
  await writeFile(path.join(outDir, 'query-pages.json'), JSON.stringify(queryPages, null, 1));
  // The CSP hashes of the inline scripts and styles just written, the refused-request pages, nginx's includes.
  await timed('server files', () => writeServerFiles(outDir, sortedHashes(hashes)));
  return pages;
}

async function outputFile(outDir, file) {
  const full = path.join(outDir, file);
  await mkdir(path.dirname(full), { recursive: true });
  return full;
}

/** A rendered page in the shell. Replaced by functions: in a replacement string, `$'` or `$&` is a pattern. */
function pageHtml(page, shell, viteManifest) {
  const lazy = chunksFor(page.modules, viteManifest);
  const scripts = {
    entry: shell.entry,
    preload: [...shell.preload, ...lazy.files.map((file) => `/${file}`)],
  };
  // The styles of its lazy chunks too (the results page's, an article's figures'): arriving with their
  // chunk, after the first paint, they moved what the reader already saw (CLS 0.028 on the results page).
  const styles = lazy.styles.map((file) => `<style>${shell.styles.get(file)}</style>`).join('');
  const rootAttributes = [
    `data-prerendered-locale="${page.locale}"`,
    `data-prerendered-search="${escapeAttribute(page.search)}"`,
    ...(page.notFound ? ['data-prerendered-not-found="true"'] : []),
  ].join(' ');
  return shell.html
    .replace('<html lang="en-US">', () => `<html lang="${page.htmlLang}">`)
    .replace('<!--app-head-->', () => (page.embedded ? `${page.head}${EMBED_THEME_SCRIPT}` : page.head))
    .replace('</head>', () => `${styles}</head>`)
    .replace(
      '<div id="root"><!--app-html--></div>',
      () => `<div id="root" ${rootAttributes}>${page.html}</div>`,
    )
    .replace('</body>', () => `${scriptLoader(scripts)}</body>`);
}

/**
 * An embedded article is one page for every theme (`?embed=1&theme=dark` is served the `?embed=1` page):
 * before the first paint this sets the URL's theme on the root, which embed.css reads until the app renders
 * the page's own `data-theme`. The first valid value wins, as in the app's URL reader. One fixed script, so
 * one hash in the CSP (scripts/server/build-output.mjs collects it); no Trusted Types sink.
 */
export const EMBED_THEME_SCRIPT =
  '<script>(function(){var q=new URLSearchParams(location.search);' +
  'var t=q.getAll("theme").filter(function(v){return v==="light"||v==="dark"})[0];' +
  'if(q.getAll("embed").indexOf("1")>=0&&t)document.documentElement.setAttribute("data-embed-theme",t)})()</script>';

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page shell from Vite's index.html: the stylesheet inlined (it is small; that saves a render-blocking
 * request), and the entry script and its modulepreloads taken out, to be started by `scriptLoader`.
 */
async function pageShell(template, outDir, viteManifest) {
  let html = template;
  for (const [tag, href] of template.matchAll(/<link rel="stylesheet" crossorigin href="(\/[^"]+)">/g)) {
    html = html.replace(tag, `<style>${await readFile(path.join(outDir, href), 'utf8')}</style>`);
  }
  const entryTag = /<script type="module" crossorigin src="(\/[^"]+)"><\/script>/.exec(html);
  if (!entryTag) throw new Error('Prerendering: no entry <script type="module"> in index.html');
  html = html.replace(entryTag[0], '');
  const preload = [];
  for (const [tag, href] of html.matchAll(/<link rel="modulepreload" crossorigin href="(\/[^"]+)">/g)) {
    preload.push(href);
    html = html.replace(tag, '');
  }
  // Every lazy chunk's stylesheet, read once: pages inline those of the chunks they render with.
  const styles = new Map();
  for (const file of new Set(Object.values(viteManifest).flatMap((chunk) => chunk.css ?? [])))
    styles.set(file, await readFile(path.join(outDir, file), 'utf8'));
  return { html, entry: entryTag[1], preload, styles };
}

/**
 * The page's text and styles are all in the HTML, so its scripts only add interactivity: they are
 * requested once the browser reports the first contentful paint, never competing with what the reader sees
 * first (after 1 s at the latest, e.g. in a hidden tab, which does not paint). The list is plain JSON so
 * tools can read it (`scripts/bench/first-load.mjs`). The entry starts with `import()`, not a `<script>`
 * whose `src` is set: that is a Trusted Types sink, and the CSP requires Trusted Types with no policy.
 * Each modulepreload link is added in a task of its own: starting a module fetch costs the main thread
 * about 6 ms at 4× CPU, and a dozen in one task made a long task after the first paint.
 */
function scriptLoader(scripts) {
  const json = JSON.stringify(scripts).replace(/</g, '\\u003c');
  return (
    `<script type="application/json" id="app-scripts">${json}</script>` +
    '<script>(function(){var started=false;function start(){if(started)return;started=true;' +
    'var s=JSON.parse(document.getElementById("app-scripts").textContent);' +
    'import(s.entry);s.preload.forEach(function(href){setTimeout(function(){' +
    'var l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=href;' +
    'document.head.appendChild(l)},0)})}' +
    'try{new PerformanceObserver(function(list){if(list.getEntriesByName("first-contentful-paint").length)' +
    'setTimeout(start,0)}).observe({type:"paint",buffered:true})}catch(error){requestAnimationFrame(start)}' +
    'setTimeout(start,1000)})()</script>'
  );
}

/**
 * The lazy chunks a page needs at once (its UI strings, its article, its lazy route) with the chunks they
 * import, minus what the entry script loads anyway: `files`, to preload, and their `styles` (file names).
 */
function chunksFor(modules, viteManifest) {
  const entry = Object.values(viteManifest).find((chunk) => chunk.isEntry);
  const loadedByEntry = new Set(closure([entry], viteManifest));
  // Article files (`/content/<slug>/…`) are plain modules outside Vite's graph: preloaded as they are.
  const contentFiles = modules.filter((key) => key.startsWith('/content/')).map((key) => key.slice(1));
  const wanted = modules
    .filter((key) => !key.startsWith('/content/'))
    .map((key) => {
      // A dependency's key is its path from the project: `../node_modules/…` where node_modules lies
      // above it or is a link to another folder (a workspace, a git worktree).
      const found = key in viteManifest ? key : Object.keys(viteManifest).find((k) => k.endsWith(`/${key}`));
      if (!found) throw new Error(`Prerendering: "${key}" is not in the build manifest`);
      return viteManifest[found];
    });
  const chunks = closure(wanted, viteManifest).filter((chunk) => !loadedByEntry.has(chunk));
  return {
    files: [...chunks.map((chunk) => chunk.file), ...contentFiles],
    styles: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))],
  };
}

/** These chunks and, recursively, the chunks they import statically. */
function closure(chunks, viteManifest) {
  const found = new Set();
  const visit = (chunk) => {
    if (found.has(chunk)) return;
    found.add(chunk);
    for (const key of chunk.imports ?? []) visit(viteManifest[key]);
  };
  chunks.forEach(visit);
  return [...found];
}
