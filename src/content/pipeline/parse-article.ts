/**
 * Turns one localized article source (`<slug>/<locale>.md`: YAML front matter + markdown with sxs segment
 * spans) into the typed `Article` model. Build-time only.
 *
 * How: remark (+ gfm, frontmatter) parses the markdown, remark-rehype + rehype-raw turn the inline span
 * markup into real HTML elements, and a walk over that hast tree builds the model. Malformed sources throw a
 * `ContentError` pointing at the line of the original file; nothing is ever half-parsed silently.
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleSentence, Block } from '../../domain/article';
import { dateTextOf } from '../../domain/article-date';
import { assertAllowedMarkup } from './allowed-markup';
import { blocksOf } from './blocks';
import type { ReportProblem } from './content-problem';
import { readFrontMatter } from './front-matter';
import { extractLabelledLists } from './labelled-lists';
import { markdownParser, normalizeSource, toHtmlTree } from './markdown-trees';
import { plainTextOfBlocks } from './plain-text';
import { failAt, pointAt, type Walk } from './source-walk';
import { assertSpansClosed } from './span-balance';

// Kept importable from here: it is part of what this module's tests pin about the front matter.
export { isoDateOf } from './front-matter';

export interface ParseOptions {
  slug: string;
  locale: string;
  /** Path used in error messages. */
  file: string;
  /** Receives every warning; the parse goes on. */
  report?: ReportProblem;
}

export function parseArticleSource(source: string, options: ParseOptions): Article {
  const text = normalizeSource(source);
  const walk: Walk = { file: options.file, source: text, lineOffset: 0, knowsColumns: true, sentences: [] };
  assertReadableText(walk);
  const tree = markdownParser.parse(text);
  const frontMatter = readFrontMatter(tree, walk);
  assertSpansClosed(tree, walk);
  const htmlTree = toHtmlTree(tree);
  assertAllowedMarkup(htmlTree, walk);
  const allBlocks = blocksOf(htmlTree.children, walk);
  if (!allBlocks.some((block) => block.type === 'heading' && block.depth === 1)) {
    failAt(walk, frontMatter.bodyLine, null, 'the article has no H1 heading ("# …") after the front matter');
  }
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

function assertReadableText(walk: Walk): void {
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
