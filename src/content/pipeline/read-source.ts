/**
 * One source file in, one page (or none) and every problem out. Runs in the build process or in a parse
 * worker; never throws for what a file holds: a file that cannot be read as a page becomes a `skip`.
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../../domain/article';
import { ContentError } from './content-error';
import type { SourceFile } from './content-layout';
import type { ContentProblem, ReportProblem } from './content-problem';

export interface ParsedSource {
  /** Null when the file was skipped (its `skip` problem says why). */
  article: Article | null;
  problems: ContentProblem[];
}

export interface PageParseOptions {
  slug: string;
  locale: string;
  file: string;
  report: ReportProblem;
}

/** The parser of one kind of source: throws `ContentError` only for a file that is not a page at all. */
export type PageParser = (source: string, options: PageParseOptions) => Article;

export interface SourceParsers {
  article: PageParser;
  faq: PageParser;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readSource(
  source: SourceFile,
  parsers: SourceParsers,
  bytes: Uint8Array = readFileSync(source.file),
): ParsedSource {
  const problems: ContentProblem[] = [];
  const skip = (code: string, what: string, line: number | null = null, column: number | null = null) => {
    problems.push({ code, severity: 'skip', file: source.file, line, column, what, done: 'file skipped' });
    return { article: null, problems };
  };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return skip('not-utf8', 'the file is not UTF-8 text');
  }
  const options = {
    slug: source.slug,
    locale: source.locale,
    file: source.file,
    report: (problem: ContentProblem) => problems.push(problem),
  };
  try {
    return { article: parsers[source.kind](text, options), problems };
  } catch (error) {
    if (error instanceof ContentError) return skip('unreadable-page', error.reason, error.line, error.column);
    // A parser bug on one file must not take the other pages down with it; the report names it.
    return skip(
      'parser-failure',
      `the parser failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
