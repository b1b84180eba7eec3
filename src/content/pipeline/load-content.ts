/**
 * Reads every page source of a content folder (`<dir>/<name>/<locale>.md` or `.yml`, see
 * `content-layout.ts`) and parses it, adding the generated en-us version of every slug that has no en-us
 * source of its own and some source with English originals (a folder of plain translations has none).
 * Nothing stops the load: what a file holds that cannot build is in `problems`, and the other pages build.
 */
import path from 'node:path';
import type { Article } from '../../domain/article';
import { ContentError } from './content-error';
import { compareCodeUnits, readContentLayout, type SourceFile } from './content-layout';
import type { ContentProblem } from './content-problem';
import { ENGLISH_LOCALE, englishArticle } from './english-article';
import { parseArticleSource } from './parse-article';
import { parseFaqSource } from './parse-faq';
import { readSource, type ParsedSource, type SourceParsers } from './read-source';

export interface ContentSet {
  /** URL slugs (the folder names, lowercased) that have at least one page, sorted. */
  slugs: string[];
  /**
   * Folder name → URL slug, for the folders whose name is not already lowercase (Microsoft's own file
   * names have capitals: `China-use-the-reconciliation-files`), so that their original-case URL can redirect.
   */
  slugAliases: Record<string, string>;
  /** Every version of every slug, grouped by slug and sorted by locale within it. */
  articles: Article[];
  /** What the load found, in the order of the files; `skip`s name the files left out. */
  problems: ContentProblem[];
  /** How many source files were read. */
  fileCount: number;
}

/** `Map.groupBy`, which Node 20 does not have: groups in first-seen order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Reads and parses one source file; the build passes one that caches by content hash. */
export type SourceReader = (source: SourceFile) => ParsedSource;

/** The parser of each kind of source, also what a parse worker runs. */
export const SOURCE_PARSERS: SourceParsers = { article: parseArticleSource, faq: parseFaqSource };

export const readSourceFile: SourceReader = (source) => readSource(source, SOURCE_PARSERS);

export function loadContentDir(dir: string, read: SourceReader = readSourceFile): ContentSet {
  const layout = readContentLayout(dir);
  const problems = [...layout.problems];
  const parsed: { source: SourceFile; article: Article }[] = [];
  for (const source of layout.sources) {
    const result = read(source);
    problems.push(...result.problems);
    if (result.article) parsed.push({ source, article: result.article });
  }
  const kept = onePerPage(parsed, problems);
  const bySlug = groupBy(kept, ({ article }) => article.slug);
  const articles = [...bySlug.values()].flatMap((versions) => withEnglishVersion(versions, problems));
  const slugs = [...bySlug.keys()];
  const slugAliases: Record<string, string> = {};
  for (const { folder, slug } of layout.sources) {
    if (folder !== slug && bySlug.has(slug)) slugAliases[folder] = slug;
  }
  return { slugs, slugAliases, articles, problems, fileCount: layout.sources.length };
}

type ParsedPage = { source: SourceFile; article: Article };

/**
 * Two sources of one page (`Azure-expert-msp/zh-cn.md` and `azure-expert-msp/zh-cn.md`, names that
 * differ only in case): the newer `ms.date` wins; on a tie, the lowercase name, then the markdown file.
 */
function onePerPage(parsed: readonly ParsedPage[], problems: ContentProblem[]): ParsedPage[] {
  const groups = groupBy(parsed, ({ article }) => `${article.slug}\0${article.locale}`);
  return [...groups.values()].map((candidates) => {
    const [winner, ...others] = [...candidates].sort(
      (a, b) =>
        compareCodeUnits(b.article.date ?? '', a.article.date ?? '') ||
        Number(b.source.folder === b.source.slug) - Number(a.source.folder === a.source.slug) ||
        compareCodeUnits(a.source.kind, b.source.kind),
    );
    if (!winner) throw new Error('a group of pages is never empty');
    for (const other of others) {
      const newer = (winner.article.date ?? '') > (other.article.date ?? '');
      problems.push({
        code: 'duplicate-page',
        severity: 'warning',
        file: other.source.file,
        line: null,
        column: null,
        what: `this file and ${winner.source.file} are both /${winner.article.locale}/articles/${winner.article.slug}`,
        done: newer
          ? `left out: the other file's ms.date (${winner.article.date}) is newer`
          : 'left out: the other file has the same ms.date and the preferred name',
      });
    }
    return winner;
  });
}

function withEnglishVersion(versions: readonly ParsedPage[], problems: ContentProblem[]): Article[] {
  const sources = versions.map(({ article }) => article);
  const hasEnglishSource = sources.some((article) => article.locale === ENGLISH_LOCALE);
  const hasEnglishOriginals = sources.some((article) => article.sentences.length > 0);
  if (hasEnglishSource || !hasEnglishOriginals) return sortedByLocale(sources);
  try {
    return sortedByLocale([...sources, englishArticle(sources)]);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push({
      code: 'no-english-version',
      severity: 'warning',
      file: path.dirname(versions[0]?.source.file ?? ''),
      line: null,
      column: null,
      what: error.reason,
      done: `no ${ENGLISH_LOCALE} version`,
    });
    return sortedByLocale(sources);
  }
}

const sortedByLocale = (articles: Article[]) => articles.sort((a, b) => compareCodeUnits(a.locale, b.locale));
