// What the build writes for the servers (under dist/.server/, never served as such): the hashes of every
// inline script and style for the Content-Security-Policy, the refused-request pages in every locale, and
// the nginx includes. Run by scripts/prerender.mjs after the pages are written.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { DEFAULT_LOCALE, MESSAGES, buildLocales } from './locales.mjs';
import { writeNginxInclude } from './nginx-include.mjs';
import { INLINE_HASHES_FILE } from './security-headers.mjs';

/** The statuses with their own page; 404 is the app's not-found page, prerendered per locale. */
export const ERROR_STATUSES = ['400', '405', '408', '416', '431', '500'];
export const errorPageFile = (locale, status) => `.server/errors/${locale}/${status}.html`;

/**
 * `hashes`: the inline scripts' and styles' hashes, collected while the pages were written
 * (collectInlineHashes); without them every HTML file is read and parsed again.
 */
export async function writeServerFiles(outDir, hashes = null) {
  const locales = buildLocales(outDir);
  if (!locales.includes(DEFAULT_LOCALE)) throw new Error(`Build: no ${DEFAULT_LOCALE}/404.html`);
  for (const locale of locales) {
    // A locale without translated messages gets the default locale's pages, in that locale's language.
    const source = MESSAGES[locale] ? locale : DEFAULT_LOCALE;
    const notFound = await readFile(path.join(outDir, source, '404.html'), 'utf8');
    for (const status of ERROR_STATUSES) {
      const file = path.join(outDir, errorPageFile(locale, status));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, errorPage(notFound, source, MESSAGES[source][status], MESSAGES[source].home));
    }
  }
  const all = hashes ?? (await inlineHashes(outDir));
  await writeFile(path.join(outDir, INLINE_HASHES_FILE), JSON.stringify(all, null, 1));
  await writeNginxInclude(outDir);
}

/**
 * A refused-request page in the help center's own look: the locale's not-found page (header, locale links,
 * footer, the same inline stylesheet) with its message in place of the not-found text and without scripts —
 * the app would render its not-found route over it. The markers are the build's own output.
 */
export function errorPage(notFound, locale, { title, text }, home) {
  const lang = /<html lang="([^"]+)">/.exec(notFound)?.[1] ?? 'en-US';
  const main =
    `<main id="main" tabindex="-1"><div class="not-found" lang="${lang}"><h1 tabindex="-1">${title}</h1>` +
    `<p>${text}</p><ul><li lang="${lang}"><a href="/${locale}/">${home}</a></li></ul></div></main>`;
  const page = notFound
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${title}">`)
    .replace(/<main id="main" tabindex="-1">[\s\S]*<\/main>/, main)
    // The locale links of a not-found page name a made-up path; here they lead to each locale's home.
    .replace(/href="\/([a-z-]+)\/__not-found__"/g, 'href="/$1/"');
  if (!page.includes(`<h1 tabindex="-1">${title}</h1>`))
    throw new Error(`Build: ${locale}/404.html changed shape`);
  return page;
}

/** `sha256-…` of every inline executable script and every inline stylesheet in the built HTML files. */
export async function inlineHashes(outDir) {
  const scripts = new Set();
  const styles = new Set();
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const visit = (node) => {
      if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) {
        const text = node.children.map((child) => child.value ?? '').join('');
        const { src, type } = node.properties;
        // A JSON data block is never executed, so the CSP does not govern it.
        const executable = node.tagName === 'script' && src === undefined && !/json/.test(String(type ?? ''));
        if (executable) scripts.add(sha256(text));
        if (node.tagName === 'style') styles.add(sha256(text));
      }
      for (const child of node.children ?? []) visit(child);
      if (node.content) visit(node.content);
    };
    visit(fromHtml(await readFile(path.join(entry.parentPath, entry.name), 'utf8')));
  }
  return { scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort() };
}

/**
 * Adds the hashes of one page's inline scripts and styles to `into` (`{ scripts, styles }`, Sets), from
 * the HTML text the build wrote: script and style contents are raw text (no entities), and React escapes
 * `<` in text and attributes, so a tag can only be a tag. Parsing each page again (inlineHashes) took
 * longer than rendering it at corpus scale.
 */
export function collectInlineHashes(html, into) {
  for (const [, tag, attributes, text] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    if (tag === 'style') into.styles.add(sha256(text));
    else if (!/\ssrc\b/.test(attributes) && !/\stype="[^"]*json/.test(attributes))
      into.scripts.add(sha256(text));
  }
}

/** collectInlineHashes's sets as writeServerFiles takes them. */
export const sortedHashes = ({ scripts, styles }) => ({
  scriptHashes: [...scripts].sort(),
  styleHashes: [...styles].sort(),
});

const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
