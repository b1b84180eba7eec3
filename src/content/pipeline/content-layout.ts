/**
 * Where the sources of a content folder are: `<dir>/<name>/<locale>.md` (an article) or `<locale>.yml`
 * (a `YamlMime:FAQ` page). A folder's name is Microsoft's file name, kept as published; its URL slug is that
 * name lowercased. Folders starting with `_` (`_data`: tables of contents, landing pages) or `.` are not
 * slugs. A name or file that cannot be a page is reported and left out; nothing here stops a build.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
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

/**
 * What Microsoft's file names use (letters, digits, `-`, `_`, `.`: `customers_revoke_admin_privileges`,
 * `non-payment--fraud--or-misuse`), starting with a letter or digit. The browser's loader accepts the same
 * lowercased (`vite-plugin-content.ts`), and `..` is never a name.
 */
const FOLDER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Lowercase BCP-47-ish: a language and at least one subtag (`zh-cn`, `ja-jp`, `en-us`). */
const LOCALE_FILE_PATTERN = /^([a-z]{2,3}(?:-[a-z0-9]{2,8})+)\.(md|yml)$/;
const KIND_OF_EXTENSION: Record<string, SourceKind> = { md: 'article', yml: 'faq' };

export function isSlugFolderName(name: string): boolean {
  return FOLDER_PATTERN.test(name) && !name.includes('..');
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
    const match = entry.isFile() ? LOCALE_FILE_PATTERN.exec(entry.name) : null;
    const [, locale, extension] = match ?? [];
    const kind = extension === undefined ? undefined : KIND_OF_EXTENSION[extension];
    if (locale === undefined || kind === undefined) {
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
    sources.push({ file, folder, slug: folder.toLowerCase(), locale, kind });
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
