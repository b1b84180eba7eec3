/**
 * Turns one localized article source (`<slug>/<locale>.md`: YAML front matter + markdown with sxs segment
 * spans) into the typed `Article` model. Build-time only.
 *
 * How: remark (+ gfm, frontmatter) parses the markdown, remark-rehype + rehype-raw turn the inline span
 * markup into real HTML elements, the sanitizer keeps what the schema allows, and a walk over that hast tree
 * builds the model. Lenient in what it reads: whatever still renders does, and each thing rendered
 * differently or removed is reported as a warning at its line. It throws a `ContentError` only for a file
 * that cannot be read as a page at all (not text, no front matter, invalid YAML, no title).
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleSentence, Block } from '../../domain/article';
import { dateTextOf } from '../../domain/article-date';
import { blocksOf } from './blocks';
import type { ReportProblem } from './content-problem';
import { readFrontMatter, type FrontMatter } from './front-matter';
import { htmlTreeOf } from './html-tree';
import { extractLabelledLists } from './labelled-lists';
import { markdownParser, normalizeSource } from './markdown-trees';
import { plainTextOfBlocks } from './plain-text';
import { failAt, ignoreProblems, pointAt, warnAt, type Walk } from './source-walk';

// Kept importable from here: it is part of what this module's tests pin about the front matter.
export { isoDateOf } from './front-matter';

export interface ParseOptions {
  slug: string;
  locale: string;
  /** Path used in messages. */
  file: string;
  /** Receives every warning (something rendered differently or removed); by default they are ignored. */
  report?: ReportProblem;
}

export function parseArticleSource(source: string, options: ParseOptions): Article {
  const walk = walkOf(source, options);
  assertReadableText(walk);
  const tree = markdownParser.parse(walk.source);
  const frontMatter = readFrontMatter(tree, walk);
  const allBlocks = blocksOf(htmlTreeOf(tree, walk).children, walk);
  if (!allBlocks.some((block) => block.type === 'heading' && block.depth === 1)) {
    warnAt(
      walk,
      frontMatter.bodyLine,
      'no-h1',
      'the article has no H1 heading ("# …") after the front matter',
      'its front matter title is its heading',
    );
  }
  return articleOf(options, frontMatter, allBlocks, walk);
}

export function walkOf(source: string, options: ParseOptions): Walk {
  return {
    file: options.file,
    source: normalizeSource(source),
    lineOffset: 0,
    knowsColumns: true,
    sentences: [],
    report: options.report ?? ignoreProblems,
  };
}

/** The article of a page's metadata and body blocks (the applies-to and roles lines moved out of the body). */
export function articleOf(
  options: ParseOptions,
  frontMatter: Omit<FrontMatter, 'bodyLine'>,
  allBlocks: Block[],
  walk: Walk,
): Article {
  const { blocks, appliesTo, roles } = extractLabelledLists(allBlocks);
  return {
    slug: options.slug,
    locale: options.locale,
    title: frontMatter.title,
    description: frontMatter.description,
    date: frontMatter.date,
    dateText: dateTextOf(frontMatter.date, options.locale),
    translation: frontMatter.translation,
    sourceVersion: frontMatter.sourceVersion ?? fallbackSourceVersion(walk.sentences, blocks),
    appliesTo,
    roles,
    blocks,
    sentences: walk.sentences,
  };
}

/** Used when the front matter has no `ms.openlocfilehash`: the same English text gives the same value. */
function fallbackSourceVersion(sentences: readonly ArticleSentence[], blocks: readonly Block[]): string {
  const basis =
    sentences.length > 0 ? sentences.map((sentence) => sentence.key).join('\n') : plainTextOfBlocks(blocks);
  return createHash('sha1').update(basis).digest('hex');
}

/**
 * Text that is not text: U+FFFD (what invalid UTF-8 decodes to), and control characters other than tab and
 * line breaks. Random bytes after a valid header would otherwise publish as boxes and question marks.
 */
// eslint-disable-next-line no-control-regex
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

export function assertReadableText(walk: Walk): void {
  const match = UNREADABLE.exec(walk.source);
  if (!match) return;
  const { line, column } = pointAt(walk.source, match.index);
  const code = match[0].codePointAt(0) ?? 0;
  const what =
    code === 0xfffd
      ? 'U+FFFD (bytes that are not valid UTF-8, or a replacement character)'
      : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  failAt(walk, line, column, `${what} is not text: save the file as UTF-8 without binary data`);
}
