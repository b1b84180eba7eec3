/**
 * Turns one `### YamlMime:FAQ` page (Microsoft Learn's FAQ format: YAML with `metadata`, `title`, `summary`
 * and `sections` of `questions`) into an `Article` like any other: the title as H1, the summary, each named
 * section as an H2 with its questions as H3 (questions are H2 when no section has a name), each answer as
 * markdown through the same path as an article body, so sxs spans in it are sentences of the article.
 */
import type { Article, Block } from '../../domain/article';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type YAMLMap } from 'yaml';
import { blocksOf } from './blocks';
import { fieldsOfMap, metadataOf, type FrontMatterFields } from './front-matter';
import { htmlTreeOf } from './html-tree';
import { markdownParser, normalizeSource } from './markdown-trees';
import { articleOf, assertReadableText, walkOf, type ParseOptions } from './parse-article';
import { failAt, pointAt, warnAt, type Walk } from './source-walk';

const FAQ_MIME = /^### YamlMime:FAQ[ \t]*(\n|$)/;

export function parseFaqSource(source: string, options: ParseOptions): Article {
  const walk = walkOf(source, options);
  assertReadableText(walk);
  if (!FAQ_MIME.test(walk.source)) {
    failAt(walk, 1, 1, 'not an FAQ page: its first line must be "### YamlMime:FAQ"');
  }
  const document = parseDocument(walk.source, { schema: 'failsafe', prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const { line, column } = pointAt(walk.source, error.pos[0]);
    failAt(walk, line, column, `invalid YAML in the FAQ page: ${error.message}`);
  }
  const root = document.contents;
  if (!isMap(root)) failAt(walk, 2, 1, 'an FAQ page must be a YAML mapping of keys to values');
  const lineOf = (offset: number) => pointAt(walk.source, offset).line;
  const metadata = root.get('metadata', true);
  const fields = withFallbacks(isMap(metadata) ? fieldsOfMap(metadata, lineOf) : emptyFields(), root, lineOf);
  const meta = metadataOf(fields, walk, 1, ['title', 'ms.title']);
  const blocks: Block[] = [];
  const heading = root.get('title', true);
  blocks.push(...headingOf(1, isScalar(heading) ? heading : new Scalar(meta.title), walk));
  blocks.push(...markdownOf(root.get('summary', true), walk));
  blocks.push(...sectionsOf(root, walk));
  return articleOf(options, meta, blocks, walk);
}

function emptyFields(): FrontMatterFields {
  return { values: new Map(), lines: new Map() };
}

/** The page's own `title` stands in for a metadata title that is missing. */
function withFallbacks(fields: FrontMatterFields, root: YAMLMap, lineOf: (offset: number) => number) {
  const rootFields = fieldsOfMap(root, lineOf);
  for (const key of ['title', 'description']) {
    const value = rootFields.values.get(key);
    if (fields.values.has(key) || value === undefined) continue;
    fields.values.set(key, value);
    fields.lines.set(key, rootFields.lines.get(key) ?? 1);
  }
  return fields;
}

function sectionsOf(root: YAMLMap, walk: Walk): Block[] {
  const sections = root.get('sections', true);
  const list = isSeq(sections) ? sections.items.filter(isMap) : [];
  // A page may also hold its questions at the top, as one unnamed section.
  if (root.has('questions')) list.unshift(root);
  const named = list.some((section) => isScalar(section.get('name', true)));
  return list.flatMap((section) => {
    const name = section.get('name', true);
    const questions = section.get('questions', true);
    const heading = isScalar(name) && section !== root ? headingOf(2, name, walk) : [];
    const items = isSeq(questions) ? questions.items.filter(isMap) : [];
    return [...heading, ...items.flatMap((item) => questionOf(item, named ? 3 : 2, walk))];
  });
}

function questionOf(item: YAMLMap, depth: 2 | 3, walk: Walk): Block[] {
  const question = item.get('question', true);
  if (!isScalar(question) || String(question.value).trim() === '') {
    warnAt(
      walk,
      lineOfNode(item, walk),
      'faq-question',
      'an FAQ entry has no question',
      'its answer shown alone',
    );
    return markdownOf(item.get('answer', true), walk);
  }
  return [...headingOf(depth, question, walk), ...markdownOf(item.get('answer', true), walk)];
}

/** A heading from a one-line value: the value's markdown as a heading's (so sxs spans are sentences). */
function headingOf(depth: 1 | 2 | 3, value: Scalar, walk: Walk): Block[] {
  const text = String(value.value).replace(/\s+/g, ' ').trim();
  return markdownBlocksOf(`${'#'.repeat(depth)} ${text}`, firstLineOf(value, walk), walk);
}

function markdownOf(value: Node | null | undefined, walk: Walk): Block[] {
  if (!isScalar(value)) return [];
  return markdownBlocksOf(String(value.value), firstLineOf(value, walk), walk);
}

/** One value's markdown through the article path; its lines count from the value's first line. */
function markdownBlocksOf(text: string, firstLine: number, walk: Walk): Block[] {
  const fragment: Walk = {
    ...walk,
    source: normalizeSource(text),
    lineOffset: firstLine - 1,
    knowsColumns: false,
    scope: undefined,
  };
  return blocksOf(htmlTreeOf(markdownParser.parse(fragment.source), fragment).children, fragment);
}

/** A block scalar (`>` or `|`) starts on the line after its indicator. */
function firstLineOf(value: Scalar, walk: Walk): number {
  const line = lineOfNode(value, walk) ?? 1;
  return value.type === Scalar.BLOCK_FOLDED || value.type === Scalar.BLOCK_LITERAL ? line + 1 : line;
}

function lineOfNode(node: Node, walk: Walk): number | null {
  const offset = node.range?.[0];
  return offset === undefined ? null : pointAt(walk.source, offset).line;
}
