/**
 * Reads the article sources of a content folder laid out as `<dir>/<slug>/<locale>.md` and parses them,
 * adding the generated en-us version of every slug that has no `en-us.md` of its own and some source with
 * English originals (a folder of plain translations has no en-us version).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../domain/article';
import { ContentError } from './content-error';
import { ENGLISH_LOCALE, englishArticle } from './english-article';
import { parseArticleSource } from './parse-article';

export interface ContentSet {
  /** URL slugs (the folder names, lowercased), sorted. */
  slugs: string[];
  /**
   * Folder name → URL slug, for the folders whose name is not already lowercase (Microsoft's own file
   * names have capitals: `China-use-the-reconciliation-files`), so that their original-case URL can redirect.
   */
  slugAliases: Record<string, string>;
  /** Every version of every slug, grouped by slug and sorted by locale within it. */
  articles: Article[];
}

/** Kebab-case in any letter case: the URL slug is the lowercased folder name. */
const SLUG_PATTERN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
/** Lowercase BCP-47-ish: a language and at least one subtag (`zh-cn`, `ja-jp`, `en-us`). */
const LOCALE_FILE_PATTERN = /^([a-z]{2,3}(?:-[a-z0-9]{2,8})+)\.md$/;
const MARKDOWN_EXTENSION = '.md';

export function loadContentDir(dir: string, read: SourceReader = parseSourceFile): ContentSet {
  const root = path.resolve(dir);
  const folders = slugFoldersOf(root);
  const slugAliases: Record<string, string> = {};
  for (const { folder, slug } of folders) if (folder !== slug) slugAliases[folder] = slug;
  return {
    slugs: folders.map(({ slug }) => slug),
    slugAliases,
    articles: folders.flatMap(({ folder, slug }) => articlesOfSlug(root, folder, slug, read)),
  };
}

/** Reads and parses one source file; the dev server passes one that caches by content hash. */
export type SourceReader = (file: string, slug: string, locale: string) => Article;

function parseSourceFile(file: string, slug: string, locale: string): Article {
  return parseArticleSource(readFileSync(file, 'utf8'), { slug, locale, file });
}

/**
 * Absolute paths of every markdown file in the slug folders, for watching and cache invalidation. Not
 * validated here, so that a badly named new file still triggers the reload that reports it.
 */
export function articleFiles(dir: string): string[] {
  const root = path.resolve(dir);
  return visibleEntriesOf(root)
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      visibleEntriesOf(path.join(root, entry.name))
        .filter((file) => file.isFile() && file.name.endsWith(MARKDOWN_EXTENSION))
        .map((file) => path.join(root, entry.name, file.name)),
    )
    .sort();
}

/** Dot-entries (`.DS_Store`, `.gitkeep`) are tooling noise, not content. */
function visibleEntriesOf(dir: string) {
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
}

function slugFoldersOf(root: string): { folder: string; slug: string }[] {
  const folders = visibleEntriesOf(root)
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ folder: entry.name, slug: entry.name.toLowerCase() }))
    .sort((a, b) => compareCodeUnits(a.slug, b.slug) || compareCodeUnits(a.folder, b.folder));
  const folderOfSlug = new Map<string, string>();
  for (const { folder, slug } of folders) {
    if (!SLUG_PATTERN.test(folder)) {
      throw new ContentError({
        file: path.join(root, folder),
        reason: `slug folder "${folder}" must be kebab-case (letters, digits and single hyphens)`,
      });
    }
    const other = folderOfSlug.get(slug);
    if (other !== undefined) {
      throw new ContentError({
        file: path.join(root, folder),
        reason: `slug folders "${other}" and "${folder}" differ only in case: both would be /articles/${slug}`,
      });
    }
    folderOfSlug.set(slug, folder);
  }
  return folders;
}

function articlesOfSlug(root: string, folderName: string, slug: string, read: SourceReader): Article[] {
  const folder = path.join(root, folderName);
  const sources = localeFilesOf(folder).map(({ locale, file }) => read(file, slug, locale));
  if (sources.length === 0) {
    throw new ContentError({ file: folder, reason: 'the slug folder holds no <locale>.md article source' });
  }
  const hasEnglishSource = sources.some((article) => article.locale === ENGLISH_LOCALE);
  const hasEnglishOriginals = sources.some((article) => article.sentences.length > 0);
  const articles =
    hasEnglishSource || !hasEnglishOriginals ? sources : [...sources, englishArticleOf(folder, sources)];
  return articles.sort((a, b) => compareCodeUnits(a.locale, b.locale));
}

function localeFilesOf(folder: string): { locale: string; file: string }[] {
  return visibleEntriesOf(folder)
    .map((entry) => {
      const file = path.join(folder, entry.name);
      const locale = entry.isFile() ? LOCALE_FILE_PATTERN.exec(entry.name)?.[1] : undefined;
      if (locale === undefined) {
        throw new ContentError({
          file,
          reason: `"${entry.name}" is not an article source: expected a lowercase <locale>.md file such as zh-cn.md or en-us.md`,
        });
      }
      return { locale, file };
    })
    .sort((a, b) => compareCodeUnits(a.locale, b.locale));
}

/** Reports a slug that cannot get an en-us version against its folder. */
function englishArticleOf(folder: string, sources: readonly Article[]): Article {
  try {
    return englishArticle(sources);
  } catch (error) {
    if (error instanceof ContentError) throw new ContentError({ file: folder, reason: error.reason });
    throw error;
  }
}

/** Locale-independent ordering, so builds do not depend on the machine's ICU data. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
