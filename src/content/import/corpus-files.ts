/**
 * What each file of Microsoft's published layout (`<locale>/partner-center/…`) is in the project's content
 * folder: an article (`<name>/<locale>.md`), an FAQ page (`<name>/<locale>.yml`), data kept for navigation
 * (`_data/<locale>/TOC.yml`, `index.yml`, `announcements/TOC.md`), or not a page at all (build files,
 * includes, images). Names are kept as published; a file in a folder is named `<folder>-<name>`
 * (`announcements/2020-october.md` → `announcements-2020-october`).
 */
import { isSlugFolderName } from '../pipeline/content-layout';

export type CorpusFileRole =
  | { role: 'page'; name: string; kind: 'article' | 'faq' }
  | { role: 'data'; target: string }
  | { role: 'not-a-page'; why: string };

/** DocFX's own folders: shared snippets, images and the breadcrumb are parts of pages, not pages. */
const NOT_PAGE_FOLDERS = new Set(['includes', 'media', 'images', 'breadcrumb', 'obj']);
const DATA_FILES = new Set(['TOC.yml', 'index.yml']);
const TABLE_OF_CONTENTS = /^toc\.(md|yml)$/i;
const FAQ_HEADER = /^\uFEFF?### YamlMime:FAQ\s*$/m;

/** `relative` uses `/` and is relative to `<locale>/partner-center/`; `head` is the file's first bytes as text. */
export function roleOfCorpusFile(relative: string, head: string): CorpusFileRole {
  const parts = relative.split('/');
  const fileName = parts.at(-1) ?? '';
  const folders = parts.slice(0, -1);
  const excluded = folders.find((folder) => NOT_PAGE_FOLDERS.has(folder.toLowerCase()));
  if (excluded) return { role: 'not-a-page', why: `in ${excluded}/, which holds parts of pages` };
  if (folders.length === 0 && DATA_FILES.has(fileName)) return { role: 'data', target: relative };
  if (TABLE_OF_CONTENTS.test(fileName)) return { role: 'data', target: relative };
  const name = pageNameOfPath(relative);
  if (name === null) return { role: 'not-a-page', why: 'not a .md or .yml page' };
  if (fileName.endsWith('.yml') && !FAQ_HEADER.test(head.split('\n', 1)[0] ?? '')) {
    return { role: 'not-a-page', why: 'a .yml file that is not a YamlMime:FAQ page' };
  }
  if (!isSlugFolderName(name)) {
    return {
      role: 'not-a-page',
      why: `"${name}" is not a page name (letters, digits, "-", "_" and "." only)`,
    };
  }
  return { role: 'page', name, kind: fileName.endsWith('.md') ? 'article' : 'faq' };
}

/**
 * The page name of a `.md` or `.yml` file at `relative` (with `/`, from `<locale>/partner-center/`), as
 * published: the folders and the file's name joined by `-` (`announcements/2020-october.md` →
 * `announcements-2020-october`). Its URL slug is the name lowercased. Null for any other file. The import
 * names files with it, and the tables of contents map their links with it.
 */
export function pageNameOfPath(relative: string): string | null {
  const parts = relative.split('/');
  const match = /^(.+)\.(md|yml)$/.exec(parts.at(-1) ?? '');
  if (!match?.[1]) return null;
  return [...parts.slice(0, -1), match[1]].join('-');
}

/**
 * `ms.date` of a page as `YYYY-MM-DD` for comparing two files (front matter or an FAQ's `metadata`), or ''
 * when it has none. Read loosely: the parser is what checks it.
 */
export function publishedDateOf(text: string): string {
  const match = /^\s*ms\.date:\s*["']?(\d{1,2})\/(\d{1,2})\/(\d{4})/m.exec(text);
  if (!match) return '';
  const [, month = '', day = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
