/**
 * Where the sources of a content folder are: `<dir>/<name>/<locale>.md` (an article) or `<locale>.yml`
 * (a `YamlMime:FAQ` page). A folder's name is Microsoft's file name, kept as published; its URL slug is that
 * name lowercased. Folders starting with `_` (`_data`: tables of contents, landing pages) or `.` are not
 * slugs. A name or file that cannot be a page is reported and left out; nothing here stops a build.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { LOCALE_ID_PATTERN } from '../../domain/site-paths.mjs';
import { isUrlSlug } from '../../domain/routes';
import type { ContentProblem } from './content-problem';

export type SourceKind = 'article' | 'faq';

export interface SourceFile {
  /** Absolute path. */
  file: string;
  /** The slug folder's name as it is on disk (`Azure-expert-msp`). */
  folder: string;
  /** The URL slug: the folder's name lowercased. */
  slug: string;
  locale: string;
  kind: SourceKind;
}

export interface ContentLayout {
  /** Every source file, sorted by slug, locale and folder. */
  sources: SourceFile[];
  /** Names that are not pages (bad folder or file names, empty folders). */
  problems: ContentProblem[];
}

const KIND_OF_EXTENSION: Record<string, SourceKind> = { md: 'article', yml: 'faq' };

/** A folder whose name, lowercased, is a URL slug (`non-payment--fraud--or-misuse`, `Azure-expert-msp`). */
export function isSlugFolderName(name: string): boolean {
  return isUrlSlug(name.toLowerCase());
}

/**
 * A locale's source file: `<locale>.md` or `.yml`, the locale with at least one subtag (`zh-cn`, `en-us`),
 * so that `toc.yml` is not a locale's page.
 */
export function localeFileOf(name: string): { locale: string; kind: SourceKind } | null {
  const dot = name.lastIndexOf('.');
  const extension = name.slice(dot + 1);
  const locale = name.slice(0, dot);
  if (dot < 0 || !Object.hasOwn(KIND_OF_EXTENSION, extension) || !isCorpusLocale(locale)) return null;
  return { locale, kind: KIND_OF_EXTENSION[extension] as SourceKind };
}

/** A corpus's locale folder or file name: a locale id with a region or script (`en-us`, never `toc`). */
export function isCorpusLocale(name: string): boolean {
  return LOCALE_ID_PATTERN.test(name) && name.includes('-');
}

export function readContentLayout(dir: string): ContentLayout {
  const root = path.resolve(dir);
  const problems: ContentProblem[] = [];
  const sources: SourceFile[] = [];
  for (const entry of visibleEntriesOf(root)) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    const folderPath = path.join(root, entry.name);
    if (!isSlugFolderName(entry.name)) {
      problems.push(
        skipped(
          'bad-slug-folder',
          folderPath,
          `"${entry.name}" is not a page name (letters, digits, "-", "_" and "." only)`,
          'folder skipped',
        ),
      );
      continue;
    }
    const inFolder = sourcesOfFolder(folderPath, entry.name, problems);
    if (inFolder.length === 0) {
      problems.push(
        skipped(
          'empty-slug-folder',
          folderPath,
          'the folder holds no <locale>.md or <locale>.yml source',
          'folder skipped',
        ),
      );
    }
    sources.push(...inFolder);
  }
  sources.sort(
    (a, b) =>
      compareCodeUnits(a.slug, b.slug) ||
      compareCodeUnits(a.locale, b.locale) ||
      compareCodeUnits(a.folder, b.folder) ||
      compareCodeUnits(a.kind, b.kind),
  );
  return { sources, problems };
}

function sourcesOfFolder(folderPath: string, folder: string, problems: ContentProblem[]): SourceFile[] {
  const sources: SourceFile[] = [];
  for (const entry of visibleEntriesOf(folderPath)) {
    const file = path.join(folderPath, entry.name);
    const source = entry.isFile() ? localeFileOf(entry.name) : null;
    if (!source) {
      problems.push(
        skipped(
          'not-a-source',
          file,
          `"${entry.name}" is not a page source: expected a lowercase <locale>.md or <locale>.yml file such as zh-cn.md`,
          'file skipped',
        ),
      );
      continue;
    }
    sources.push({ file, folder, slug: folder.toLowerCase(), ...source });
  }
  return sources;
}

/**
 * Absolute paths of every file in the slug folders, for watching and cache invalidation. Not validated
 * here, so that a badly named new file still triggers the reload that reports it.
 */
export function sourceFilesOf(dir: string): string[] {
  const root = path.resolve(dir);
  return visibleEntriesOf(root)
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .flatMap((entry) =>
      visibleEntriesOf(path.join(root, entry.name))
        .filter((file) => file.isFile() && /\.(md|yml)$/.test(file.name))
        .map((file) => path.join(root, entry.name, file.name)),
    )
    .sort();
}

/** Dot-entries (`.DS_Store`, `.gitkeep`) are tooling noise, not content. */
function visibleEntriesOf(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => compareCodeUnits(a.name, b.name));
}

function skipped(code: string, file: string, what: string, done: string): ContentProblem {
  return { code, severity: 'skip', file, line: null, column: null, what, done };
}

/** Locale-independent ordering, so builds do not depend on the machine's ICU data. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
