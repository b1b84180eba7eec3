import { SLUG_PATTERN } from '../domain/routes';
import { CONTENT_FILES_KEY } from './content-files';

/**
 * The source of `virtual:content/loaders` in each place it runs: how one article's index or version is
 * loaded by slug. All three share the file layout (`contentFileOf`) and the module format (`jsonModule`).
 */

/** Where the client build writes each article's files (served like any other file, revalidated by ETag). */
export const CONTENT_PATH = '/content/';

/** A module of one JSON value: `export default JSON.parse("…")` (or `export const name = …`). */
export const jsonModule = (name: string, value: unknown) =>
  `export ${name === 'default' ? 'default' : `const ${name} =`} JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** The file of an index or version, or null for a slug or locale that could make another path. */
const FILE_OF = `
const SAFE = ${SLUG_PATTERN};
export function contentFileOf(slug, locale) {
  return ${JSON.stringify(CONTENT_PATH)} + slug + '/' + (locale === undefined ? 'versions' : locale) + '.js';
}
const safeFileOf = (slug, locale) =>
  !SAFE.test(slug) || slug.includes('..') || (locale !== undefined && !SAFE.test(locale)) ? null : contentFileOf(slug, locale);
`;

/**
 * The browser's loaders: one file per index and version, at a path computed from the slug. An import that
 * fails is a missing file (null) only when the server says so (404); anything else is a failure the
 * caller may retry.
 */
export function clientLoaders(): string {
  return `${FILE_OF}
async function importOrNull(slug, locale) {
  const url = safeFileOf(slug, locale);
  if (url === null) return null;
  try {
    return await import(/* @vite-ignore */ url);
  } catch (error) {
    const head = await fetch(url, { method: 'HEAD' }).catch(() => null);
    if (head && head.status === 404) return null;
    throw error;
  }
}
export const loadIndexModule = (slug) => importOrNull(slug);
export const loadVersionModule = (slug, locale) => importOrNull(slug, locale);
`;
}

/**
 * The server build's loaders: the same files the client build wrote, read from the output folder the
 * prerender names (`content-files.ts`). Bundling every article version into the server build instead made
 * its time and memory grow with the corpus (1,241 modules: 91 s of the real corpus's build).
 */
export function serverLoaders(): string {
  return `
import { readFile } from 'node:fs/promises';
import path from 'node:path';
${FILE_OF}
const PREFIX = 'export default JSON.parse(';
async function readOrNull(slug, locale) {
  const file = safeFileOf(slug, locale);
  if (file === null) return null;
  const root = globalThis[Symbol.for(${JSON.stringify(CONTENT_FILES_KEY)})];
  if (typeof root !== 'string') throw new Error('The prerender names no content folder');
  let source;
  try {
    source = await readFile(path.join(root, file), 'utf8');
  } catch (error) {
    if (error && error.code === 'ENOENT') return null;
    throw error;
  }
  // Each file is one jsonModule: read back without evaluating code.
  return { default: JSON.parse(JSON.parse(source.slice(PREFIX.length, source.lastIndexOf(')')))) };
}
export const loadIndexModule = (slug) => readOrNull(slug);
export const loadVersionModule = (slug, locale) => readOrNull(slug, locale);
`;
}

/** Dev and tests: imports of the virtual modules (`[key, module id]` for each index and each version). */
export function importLoaders(
  indexes: readonly (readonly [string, string])[],
  versions: readonly (readonly [string, string])[],
): string {
  const table = (entries: readonly (readonly [string, string])[]) =>
    entries.map(([key, id]) => `${JSON.stringify(key)}: () => import(${JSON.stringify(id)})`).join(',\n  ');
  return `${FILE_OF}
const indexes = {\n  ${table(indexes)}\n};
const versions = {\n  ${table(versions)}\n};
const own = (table, key) => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);
export const loadIndexModule = (slug) => own(indexes, slug)?.() ?? Promise.resolve(null);
export const loadVersionModule = (slug, locale) => own(versions, slug + '/' + locale)?.() ?? Promise.resolve(null);
`;
}
