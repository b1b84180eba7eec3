/**
 * Turns one localized article source (`<slug>/<locale>.md`: YAML front matter + markdown with sxs segment
 * spans) into the typed `Article` model. Build-time only.
 *
 * How: remark (+ gfm, frontmatter) parses the markdown, remark-rehype + rehype-raw turn the inline span
 * markup into real HTML elements, and a walk over that hast tree builds the model. Malformed sources throw a
 * `ContentError` pointing at the line of the original file; nothing is ever half-parsed silently.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastRootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Image as MdastImage, Link, Nodes as MdastNodes, Root as MdastRoot, Yaml } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import type {
  AlertKind,
  Article,
  ArticleSentence,
  Block,
  CellAlign,
  Inline,
  LabelledList,
  ListedValue,
  TranslationKind,
} from '../../domain/article';
import { dateTextOf } from '../../domain/article-date';
import { plainTextOf, type TextSide } from '../../domain/article-text';
import { sentenceKeyOf } from '../../domain/sentence-key';
import { ContentError } from './content-error';

export interface ParseOptions {
  slug: string;
  locale: string;
  /** Path used in error messages. */
  file: string;
}

// `singleTilde: false`: only `~~x~~` is strikethrough, as on docs.microsoft.com; a lone `~` stays text.
const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm, { singleTilde: false });
// Links and images keep their URL as written (the default handlers percent-encode it).
const markdownToHtmlTree = unified()
  .use(remarkRehype, {
    allowDangerousHtml: true,
    handlers: {
      link: (state, node: Link) => {
        const result: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: node.url },
          children: state.all(node),
        };
        state.patch(node, result);
        return state.applyData(node, result);
      },
      image: (state, node: MdastImage) => {
        const result: Element = {
          type: 'element',
          tagName: 'img',
          properties: { src: node.url, alt: node.alt ?? '' },
          children: [],
        };
        state.patch(node, result);
        return state.applyData(node, result);
      },
    },
  })
  .use(rehypeRaw);

export function parseArticleSource(source: string, options: ParseOptions): Article {
  const text = normalizeSource(source);
  const walk: Walk = { file: options.file, source: text, lineOffset: 0, knowsColumns: true, sentences: [] };
  const tree = markdownParser.parse(text);
  const frontMatter = readFrontMatter(tree, walk);
  assertSpansClosed(tree, walk);
  const allBlocks = blocksOf(toHtmlTree(tree).children, walk);
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

// ---------------------------------------------------------------------------------------------------------
// Source normalization

/**
 * Makes invisible variations parse like a clean file without moving any line: every line ending (CRLF, CR,
 * LF) becomes LF, lines holding only spaces/tabs/NBSP become empty (an NBSP-only line is not blank to
 * CommonMark and would glue paragraphs together), and a trailing whitespace run containing an NBSP is
 * dropped. Plain trailing spaces are kept: two of them before a continuation line are a hard break.
 */
export function normalizeSource(source: string): string {
  return source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => (/^[ \t\u00a0]*$/.test(line) ? '' : line.replace(/[ \t\u00a0]*\u00a0[ \t\u00a0]*$/, '')))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Errors and positions

interface Walk {
  file: string;
  /** The (normalized) text the positions refer to; used to read `:::image` attributes verbatim. */
  source: string;
  /** Added to parser lines: front matter values are parsed on their own, starting at their key's line. */
  lineOffset: number;
  knowsColumns: boolean;
  /** Every sentence met so far, in document order. */
  sentences: ArticleSentence[];
}

interface Positioned {
  position?: { start: { line: number; column: number; offset?: number | undefined } } | undefined;
}

function failAt(walk: Walk, line: number | null, column: number | null, reason: string): never {
  throw new ContentError({ file: walk.file, line, column: walk.knowsColumns ? column : null, reason });
}

function fail(walk: Walk, node: Positioned | undefined, reason: string): never {
  const start = node?.position?.start;
  if (!start) return failAt(walk, walk.lineOffset === 0 ? null : walk.lineOffset + 1, null, reason);
  return failAt(walk, start.line + walk.lineOffset, start.column, reason);
}

/** 1-based line and column of a character offset in `text`. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

// ---------------------------------------------------------------------------------------------------------
// Front matter

interface FrontMatter {
  title: string;
  description: string;
  date: string | null;
  translation: TranslationKind;
  sourceVersion: string | null;
  /** First line after the closing `---`. */
  bodyLine: number;
}

interface FrontMatterFields {
  values: Map<string, unknown>;
  /** File line of each key, for error messages. */
  lines: Map<string, number>;
}

function readFrontMatter(tree: MdastRoot, walk: Walk): FrontMatter {
  const yamlNode = tree.children[0];
  if (yamlNode?.type !== 'yaml') {
    if (walk.source === '---' || walk.source.startsWith('---\n')) {
      failAt(walk, 1, 1, 'front matter opened with "---" on line 1 is never closed by a "---" line');
    }
    failAt(walk, 1, 1, 'missing front matter: the article must start with a "---" block that has a title');
  }
  const fields = parseFrontMatterFields(yamlNode, walk);
  const startLine = yamlNode.position?.start.line ?? 1;
  const title = stripTitleSuffix(frontMatterText(fields, 'title', walk) ?? '');
  if (title === '') failAt(walk, fields.lines.get('title') ?? startLine, null, 'front matter has no title');
  return {
    title,
    description: frontMatterText(fields, 'description', walk) ?? '',
    date: frontMatterDate(fields, walk),
    translation: translationKindOf(
      frontMatterString(fields, 'ms.translationtype', walk) ??
        frontMatterString(fields, 'translationtype', walk),
    ),
    sourceVersion: frontMatterString(fields, 'ms.openlocfilehash', walk)?.trim() || null,
    bodyLine: (yamlNode.position?.end.line ?? startLine) + 1,
  };
}

/** The YAML content starts on the line after the opening `---`. */
function parseFrontMatterFields(yamlNode: Yaml, walk: Walk): FrontMatterFields {
  const firstContentLine = (yamlNode.position?.start.line ?? 1) + 1;
  const lineOfOffset = (offset: number) => pointAt(yamlNode.value, offset);
  // The failsafe schema keeps every scalar a string: a hash such as `407e1…` must not turn into a number.
  const document = parseDocument(yamlNode.value, { schema: 'failsafe', prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const point = lineOfOffset(error.pos[0]);
    const context = enclosingKeyOf(document, yamlNode.value, error.pos[0]);
    const where = context
      ? ` (in "${context.key}", which starts on line ${firstContentLine + lineOfOffset(context.offset).line - 1})`
      : '';
    failAt(
      walk,
      firstContentLine + point.line - 1,
      point.column,
      `invalid YAML in front matter${where}: ${error.message}`,
    );
  }
  const values = new Map<string, unknown>();
  const lines = new Map<string, number>();
  if (document.contents === null) return { values, lines };
  if (!isMap(document.contents)) {
    failAt(walk, firstContentLine, 1, 'front matter must be a YAML mapping of keys to values');
  }
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue;
    // Keys are matched case-insensitively: some locales capitalize them (`Description`).
    const key = String(pair.key.value).toLowerCase();
    if (values.has(key)) continue;
    const value = pair.value;
    values.set(key, isScalar(value) ? value.value : value === null ? '' : value);
    lines.set(key, firstContentLine + lineOfOffset(pair.key.range?.[0] ?? 0).line - 1);
  }
  return { values, lines };
}

/** The top-level key whose entry holds `offset`, when it starts on an earlier line (e.g. an unclosed quote). */
function enclosingKeyOf(
  document: Document,
  yamlText: string,
  offset: number,
): { key: string; offset: number } | undefined {
  if (!isMap(document.contents)) return undefined;
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const start = pair.key.range[0];
    const valueEnd = isNode(pair.value) && pair.value.range ? pair.value.range[2] : pair.key.range[2];
    const sameLine = !yamlText.slice(start, offset).includes('\n');
    if (start <= offset && offset <= valueEnd && !sameLine) {
      return { key: String(pair.key.value), offset: start };
    }
  }
  return undefined;
}

function frontMatterString(fields: FrontMatterFields, key: string, walk: Walk): string | undefined {
  const value = fields.values.get(key);
  if (value === undefined || typeof value === 'string') return value;
  return failAt(
    walk,
    fields.lines.get(key) ?? null,
    null,
    `front matter "${key}" must be a single text value`,
  );
}

/** A front matter value as plain text; values holding sxs spans give their translation. */
function frontMatterText(fields: FrontMatterFields, key: string, walk: Walk): string | undefined {
  const value = frontMatterString(fields, key, walk);
  if (value === undefined) return undefined;
  if (!/<span\b/i.test(value)) return collapseWhitespace(value);
  const keyLine = fields.lines.get(key) ?? 1;
  const fragmentWalk: Walk = {
    file: walk.file,
    source: normalizeSource(value),
    lineOffset: keyLine - 1,
    knowsColumns: false,
    // Front matter segments are metadata, not body sentences.
    sentences: [],
  };
  const tree = markdownParser.parse(fragmentWalk.source);
  assertSpansClosed(tree, fragmentWalk);
  return collapseWhitespace(plainTextOfBlocks(blocksOf(toHtmlTree(tree).children, fragmentWalk)));
}

/** Drops the old-style " | Partner Center" suffix (in whatever language): the last " | " part. */
function stripTitleSuffix(title: string): string {
  const separator = title.lastIndexOf(' | ');
  return separator > 0 ? title.slice(0, separator).trim() : title;
}

function frontMatterDate(fields: FrontMatterFields, walk: Walk): string | null {
  const value = frontMatterString(fields, 'ms.date', walk);
  if (value === undefined) return null;
  const iso = isoDateOf(value.trim());
  if (iso === null) {
    failAt(
      walk,
      fields.lines.get('ms.date') ?? null,
      null,
      `invalid ms.date "${value}": expected MM/DD/YYYY`,
    );
  }
  return iso;
}

/** `MM/DD/YYYY` → `YYYY-MM-DD`, or null when it is not a real calendar date in that form. */
export function isoDateOf(value: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!match) return null;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function translationKindOf(value: string | undefined): TranslationKind {
  const normalized = collapseWhitespace(value ?? '').toLowerCase();
  if (normalized === 'mt' || normalized === 'machine translation') return 'machine';
  if (normalized === 'ht' || normalized === 'human translation') return 'human';
  return 'unknown';
}

/** Used when the front matter has no `ms.openlocfilehash`: the same English text gives the same value. */
function fallbackSourceVersion(sentences: readonly ArticleSentence[], blocks: readonly Block[]): string {
  const basis =
    sentences.length > 0 ? sentences.map((sentence) => sentence.key).join('\n') : plainTextOfBlocks(blocks);
  return createHash('sha1').update(basis).digest('hex');
}

// ---------------------------------------------------------------------------------------------------------
// Span balance (checked on the markdown tree, where every inline HTML node is exactly one tag)

function assertSpansClosed(tree: MdastRoot, walk: Walk): void {
  for (const node of tree.children) checkFlowNode(node, walk);
}

function checkFlowNode(node: MdastNodes, walk: Walk): void {
  if (node.type === 'html') return checkHtmlBlock(node.value, node, walk);
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    return checkPhrasingSpans(node, walk);
  }
  if ('children' in node) for (const child of node.children) checkFlowNode(child, walk);
}

function checkPhrasingSpans(container: MdastNodes, walk: Walk): void {
  const open: MdastNodes[] = [];
  for (const tag of inlineHtmlNodesOf(container)) {
    const value = tag.type === 'html' ? tag.value.trim() : '';
    if (/^<span[\s/>]/i.test(value)) open.push(tag);
    else if (/^<\/span\s*>$/i.test(value)) {
      if (open.pop() === undefined) fail(walk, tag, 'closing </span> without a matching <span>');
    }
  }
  const unclosed = open.pop();
  if (unclosed?.type === 'html') {
    fail(walk, unclosed, `unclosed <span>: ${snippet(unclosed.value)} has no matching </span> in its block`);
  }
}

function inlineHtmlNodesOf(node: MdastNodes): MdastNodes[] {
  if (node.type === 'html') return [node];
  if (!('children' in node)) return [];
  return node.children.flatMap((child) => inlineHtmlNodesOf(child));
}

/** An HTML block (e.g. a `<table>`) holds many tags: let the HTML parser say which spans it had to close. */
function checkHtmlBlock(html: string, node: Positioned, walk: Walk): void {
  if (!/<span\b/i.test(html)) return;
  const unclosed = findUnclosedSpan(fromHtml(html, { fragment: true, verbose: true }).children);
  if (!unclosed) return;
  const blockStart = node.position?.start ?? { line: 1, column: 1 };
  const inner = unclosed.position?.start ?? { line: 1, column: 1 };
  failAt(
    walk,
    blockStart.line + inner.line - 1 + walk.lineOffset,
    inner.line === 1 ? blockStart.column + inner.column - 1 : inner.column,
    'unclosed <span>: it has no matching </span> inside its HTML block',
  );
}

function findUnclosedSpan(
  nodes: readonly HastRootContent[] | readonly ElementContent[],
): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const closed = node.data && 'position' in node.data ? Boolean(node.data.position?.closing) : true;
    if (node.tagName === 'span' && !closed) return node;
    const nested = findUnclosedSpan(node.children);
    if (nested) return nested;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// hast helpers

function toHtmlTree(tree: MdastRoot): HastRoot {
  return markdownToHtmlTree.runSync(tree);
}

function isElement(node: HastRootContent | ElementContent | undefined, tagName?: string): node is Element {
  return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function classNamesOf(element: Element): string[] {
  const value: unknown = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function textContentOf(node: HastRootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textContentOf).join('');
  return '';
}

/** The `data-ttu-id` of a translation span, if `node` is one. */
function translationIdOf(node: ElementContent): string | undefined {
  return isElement(node, 'span') ? stringProperty(node, 'dataTtuId') : undefined;
}

function isLookupSpan(node: ElementContent | undefined): node is Element {
  return isElement(node, 'span') && classNamesOf(node).includes('sxs-lookup');
}

function containsLookupSpan(element: Element): boolean {
  return element.children.some(
    (child) => isLookupSpan(child) || (isElement(child) && containsLookupSpan(child)),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Blocks

/** Elements that start a block; everything else is inline content. */
// prettier-ignore
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'div',
  'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul',
]);

const HEADING_DEPTHS = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 } as const;

const ALERT_KINDS: readonly AlertKind[] = ['note', 'important', 'tip', 'warning', 'caution'];

/** Block-level conversion; runs of inline nodes between blocks (tight list items, HTML) become paragraphs. */
function blocksOf(nodes: readonly (HastRootContent | ElementContent)[], walk: Walk): Block[] {
  const blocks: Block[] = [];
  let pending: ElementContent[] = [];
  const flushParagraph = () => {
    const children = blockInlinesOf(pending, walk);
    if (!isBlank(children)) blocks.push({ type: 'paragraph', children });
    pending = [];
  };
  for (const node of nodes) {
    if (isElement(node) && BLOCK_TAGS.has(node.tagName)) {
      flushParagraph();
      blocks.push(...blockOf(node, walk));
    } else if (node.type === 'text' || node.type === 'element') {
      pending.push(node);
    }
  }
  flushParagraph();
  return blocks;
}

function blockOf(element: Element, walk: Walk): Block[] {
  const { tagName } = element;
  if (tagName in HEADING_DEPTHS) {
    const depth = HEADING_DEPTHS[tagName as keyof typeof HEADING_DEPTHS];
    return [
      { type: 'heading', depth, anchor: anchorOf(element), children: blockInlinesOf(element.children, walk) },
    ];
  }
  switch (tagName) {
    case 'p':
      return paragraphBlocksOf(element, walk);
    case 'ul':
    case 'ol':
      return [listOf(element, walk)];
    case 'blockquote':
      return [quoteOf(element, walk)];
    case 'table':
      return tableBlocksOf(element, walk);
    case 'pre':
      return [codeOf(element)];
    case 'hr':
      return [{ type: 'thematicBreak' }];
    case 'col':
    case 'colgroup':
      return [];
    default:
      // Wrappers (`<div>`, stray `<li>`/`<td>` …) carry no meaning of their own here: keep their content.
      return blocksOf(element.children, walk);
  }
}

/** The English heading anchor: `<a name="x">` or old-style `<a href="" id="x">`; the first one wins. */
function anchorOf(element: Element): string | null {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'a' && !stringProperty(child, 'href')) {
      const name = stringProperty(child, 'name') ?? stringProperty(child, 'id');
      if (name) return name;
    }
    const nested = anchorOf(child);
    if (nested !== null) return nested;
  }
  return null;
}

function paragraphBlocksOf(paragraph: Element, walk: Walk): Block[] {
  const directive = imageDirectiveOf(paragraph, walk);
  if (directive) return [directive];
  const children = blockInlinesOf(paragraph.children, walk);
  if (isBlank(children)) return [];
  const [only] = children;
  if (children.length === 1 && only?.type === 'image') {
    return [{ type: 'image', src: only.src, alt: only.alt }];
  }
  return [{ type: 'paragraph', children }];
}

const IMAGE_DIRECTIVE_START = ':::image';
const DIRECTIVE_END = ':::';

/**
 * `:::image type="content" source="…" alt-text="…":::` (docs markdown extension) → image block. The
 * attributes are read from the source as written and handed to the HTML parser, which decodes `&quot;`.
 */
function imageDirectiveOf(paragraph: Element, walk: Walk): Block | null {
  const text = textContentOf(paragraph).trim();
  const lines = text.split('\n').map((line) => line.trim());
  if (!lines.some((line) => line.startsWith(IMAGE_DIRECTIVE_START))) return null;
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  const raw = start !== undefined && end !== undefined ? walk.source.slice(start, end).trim() : text;
  if (lines.length > 1 || !raw.startsWith(IMAGE_DIRECTIVE_START) || !raw.endsWith(DIRECTIVE_END)) {
    fail(walk, paragraph, 'a ":::image …:::" directive must stand alone on its line, between blank lines');
  }
  const attributes = raw.slice(IMAGE_DIRECTIVE_START.length, raw.length - DIRECTIVE_END.length);
  const [image] = fromHtml(`<img ${attributes}>`, { fragment: true }).children;
  const src = isElement(image) ? stringProperty(image, 'source') : undefined;
  if (!isElement(image) || !src) fail(walk, paragraph, 'the ":::image" directive has no source="…"');
  return { type: 'image', src, alt: stringProperty(image, 'alt-text') ?? '' };
}

function listOf(list: Element, walk: Walk): Block {
  const ordered = list.tagName === 'ol';
  const start = Number(stringProperty(list, 'start') ?? 1);
  const items = list.children
    .filter((child) => isElement(child, 'li'))
    .map((item) => blocksOf(item.children, walk));
  return { type: 'list', ordered, start: ordered ? (Number.isFinite(start) ? start : 1) : null, items };
}

/** `> [!NOTE]` (any case, with or without the space after `>`) makes an alert; anything else is a quote. */
function quoteOf(quote: Element, walk: Walk): Block {
  const children = blocksOf(quote.children, walk);
  const [first, ...rest] = children;
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const marker = lead?.type === 'text' ? /^\[!([a-z]+)\]/i.exec(lead.value) : null;
  const kind = ALERT_KINDS.find((candidate) => candidate === marker?.[1]?.toLowerCase());
  if (!kind || !marker || first?.type !== 'paragraph' || lead?.type !== 'text') {
    return { type: 'blockquote', children };
  }
  const remainder = trimInlines([
    { type: 'text', value: lead.value.slice(marker[0].length) },
    ...first.children.slice(1),
  ]);
  const body: Block[] = isBlank(remainder) ? rest : [{ type: 'paragraph', children: remainder }, ...rest];
  return { type: 'alert', kind, children: body };
}

function codeOf(pre: Element): Block {
  const code = pre.children.find((child) => isElement(child, 'code'));
  const language =
    code && isElement(code) ? classNamesOf(code).find((name) => name.startsWith('language-')) : undefined;
  return {
    type: 'code',
    lang: language ? language.slice('language-'.length) : null,
    value: textContentOf(code ?? pre).replace(/\n$/, ''),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Tables (GFM pipe tables and HTML `<table>` blocks)

interface TableRow {
  cells: Element[];
  inHead: boolean;
}

function tableBlocksOf(table: Element, walk: Walk): Block[] {
  const rows = tableRowsOf(table);
  // Not a plain grid (row/col spans, nested blocks, odd children): keep the content in reading order instead.
  if (!rows) return blocksOf(table.children, walk);
  if (!rows.every((row) => row.cells.every(isSimpleCell))) {
    return rows.flatMap((row) => row.cells.flatMap((cell) => blocksOf(cell.children, walk)));
  }
  const firstRow = rows[0];
  const headRow =
    rows.find((row) => row.inHead) ??
    (firstRow?.cells.every((cell) => cell.tagName === 'th') ? firstRow : undefined);
  const columns = Math.max(0, ...rows.map((row) => row.cells.length));
  // Ragged rows get empty cells up to the widest row.
  const padded = <T>(cells: T[], empty: () => T): T[] => [
    ...cells,
    ...Array.from({ length: columns - cells.length }, empty),
  ];
  const cellsOfRow = (row: TableRow) =>
    padded(
      row.cells.map((cell) => cellInlinesOf(cell, walk)),
      () => [],
    );
  return [
    {
      type: 'table',
      align: padded(headRow?.cells.map(alignOf) ?? [], () => null),
      head: headRow ? cellsOfRow(headRow) : [],
      rows: rows.filter((row) => row !== headRow).map(cellsOfRow),
    },
  ];
}

/** The rows of a table, or null when it holds something other than row groups and rows. */
function tableRowsOf(table: Element): TableRow[] | null {
  const rows: TableRow[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') {
      if (child.type === 'text' && child.value.trim() !== '') return null;
      continue;
    }
    if (child.tagName === 'tr') rows.push({ cells: cellsOf(child), inHead: false });
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) {
      for (const row of child.children) {
        if (isElement(row, 'tr')) rows.push({ cells: cellsOf(row), inHead: child.tagName === 'thead' });
      }
    } else if (child.tagName !== 'colgroup' && child.tagName !== 'col' && child.tagName !== 'caption')
      return null;
  }
  return rows.filter((row) => row.inHead).length <= 1 ? rows : null;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((child): child is Element => isElement(child, 'td') || isElement(child, 'th'));
}

/** A cell that fits `Inline[]`: inline content, or paragraphs of it (HTML tables wrap text in `<p>`). */
function isSimpleCell(cell: Element): boolean {
  const spans = [stringProperty(cell, 'colSpan'), stringProperty(cell, 'rowSpan')];
  if (spans.some((span) => span !== undefined && Number(span) > 1)) return false;
  return cell.children.every(
    (child) =>
      !isElement(child) ||
      (child.tagName === 'p' ? !hasBlockDescendant(child) : !BLOCK_TAGS.has(child.tagName)),
  );
}

function hasBlockDescendant(element: Element): boolean {
  return element.children.some(
    (child) => isElement(child) && (BLOCK_TAGS.has(child.tagName) || hasBlockDescendant(child)),
  );
}

function cellInlinesOf(cell: Element, walk: Walk): Inline[] {
  const parts: ElementContent[][] = [[]];
  for (const child of cell.children) {
    if (isElement(child, 'p')) parts.push(child.children, []);
    else parts[parts.length - 1]?.push(child);
  }
  const paragraphs = parts.map((part) => blockInlinesOf(part, walk)).filter((inlines) => !isBlank(inlines));
  return paragraphs.flatMap((inlines, index) =>
    index === 0 ? inlines : [{ type: 'break' } as const, ...inlines],
  );
}

function alignOf(cell: Element): CellAlign {
  const align = stringProperty(cell, 'align');
  return align === 'left' || align === 'right' || align === 'center' ? align : null;
}

// ---------------------------------------------------------------------------------------------------------
// Inlines

/** Inline content of one block, with the whitespace at its edges removed. */
function blockInlinesOf(nodes: readonly ElementContent[], walk: Walk): Inline[] {
  return trimInlines(inlinesOf(nodes, walk));
}

function inlinesOf(nodes: readonly ElementContent[], walk: Walk): Inline[] {
  const inlines: Inline[] = [];
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index];
    if (node === undefined) continue;
    if (isLookupSpan(node)) {
      fail(
        walk,
        node,
        'a <span class="sxs-lookup"> must directly follow a <span data-ttu-id> translation span',
      );
    }
    const translationId = translationIdOf(node);
    if (translationId !== undefined && isElement(node)) {
      inlines.push(sentenceOf(node, translationId, nodes[index + 1], walk));
      index += 1;
    } else {
      inlines.push(...inlineOf(node, walk));
    }
  }
  return mergeTexts(inlines);
}

function inlineOf(node: ElementContent, walk: Walk): Inline[] {
  if (node.type === 'text') {
    if (/<\/?span\b/i.test(node.value)) {
      fail(walk, node, `unclosed <span tag: "${snippet(node.value)}" is not valid HTML (missing ">"?)`);
    }
    return [{ type: 'text', value: node.value }];
  }
  if (node.type !== 'element') return []; // comments
  const children = () => inlinesOf(node.children, walk);
  switch (node.tagName) {
    case 'a': {
      const href = stringProperty(node, 'href');
      // `<a name>` / `<a href="" id>` are anchors, not links: keep only what they wrap.
      return href ? [{ type: 'link', href, children: children() }] : children();
    }
    case 'strong':
    case 'b':
      return wrapped('strong', children());
    case 'em':
    case 'i':
      return wrapped('emphasis', children());
    case 'del':
    case 's':
    case 'strike':
      return wrapped('delete', children());
    case 'code':
      return [{ type: 'code', value: textContentOf(node) }];
    case 'br':
      return [{ type: 'break' }];
    case 'img':
      return [
        { type: 'image', src: stringProperty(node, 'src') ?? '', alt: stringProperty(node, 'alt') ?? '' },
      ];
    case 'input': // task-list checkboxes
    case 'script':
    case 'style':
    case 'template':
      return [];
    default:
      // Unknown inline HTML (`<span>`, `<sup>` …): the model holds no raw HTML, so keep the text it wraps.
      return children();
  }
}

function wrapped(type: 'strong' | 'emphasis' | 'delete', children: Inline[]): Inline[] {
  return children.length === 0 ? [] : [{ type, children }];
}

/**
 * One sxs segment: `<span data-ttu-id="p-N">translation</span>` directly followed by
 * `<span class="sxs-lookup"><span data-stu-id="p-N">English</span></span>`.
 */
function sentenceOf(translation: Element, id: string, twin: ElementContent | undefined, walk: Walk): Inline {
  if (containsLookupSpan(translation)) {
    fail(
      walk,
      translation,
      `<span data-ttu-id="${id}"> is not closed before its sxs-lookup twin (missing </span>)`,
    );
  }
  if (!isLookupSpan(twin)) {
    fail(
      walk,
      translation,
      `<span data-ttu-id="${id}"> is not directly followed by its <span class="sxs-lookup"> twin`,
    );
  }
  const originals = twin.children.filter((child) => isElement(child, 'span'));
  const original = originals[0];
  if (
    !original ||
    originals.length > 1 ||
    twin.children.some((child) => child.type === 'text' && child.value.trim())
  ) {
    fail(
      walk,
      twin,
      `the sxs-lookup twin of "${id}" must hold exactly one <span data-stu-id> and nothing else`,
    );
  }
  const originalId = stringProperty(original, 'dataStuId');
  if (originalId !== id) {
    fail(walk, original, `data-stu-id "${originalId ?? '(missing)'}" does not match data-ttu-id "${id}"`);
  }
  const children = blockInlinesOf(translation.children, walk);
  const english = blockInlinesOf(original.children, walk);
  const key = sentenceKeyOf(plainTextOf(english, 'english'));
  if (key === '') fail(walk, original, `sentence "${id}" has an empty English original`);
  walk.sentences.push({
    key,
    text: collapseWhitespace(plainTextOf(children)),
    english: collapseWhitespace(plainTextOf(english)),
  });
  return { type: 'sentence', key, children, english };
}

function mergeTexts(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const previous = merged[merged.length - 1];
    if (inline.type === 'text' && inline.value === '') continue;
    if (inline.type === 'text' && previous?.type === 'text') {
      merged[merged.length - 1] = { type: 'text', value: previous.value + inline.value };
    } else merged.push(inline);
  }
  return merged;
}

function isIgnorableEdge(inline: Inline | undefined): boolean {
  return inline?.type === 'break' || (inline?.type === 'text' && inline.value.trim() === '');
}

/** Drops whitespace and line breaks at both ends (e.g. after an alert marker, around HTML cell text). */
export function trimInlines(inlines: readonly Inline[]): Inline[] {
  let start = 0;
  let end = inlines.length;
  while (start < end && isIgnorableEdge(inlines[start])) start += 1;
  while (end > start && isIgnorableEdge(inlines[end - 1])) end -= 1;
  const trimmed = inlines.slice(start, end);
  const first = trimmed[0];
  if (first?.type === 'text') trimmed[0] = { type: 'text', value: first.value.trimStart() };
  const last = trimmed[trimmed.length - 1];
  if (last?.type === 'text') trimmed[trimmed.length - 1] = { type: 'text', value: last.value.trimEnd() };
  return trimmed;
}

function isBlank(inlines: readonly Inline[]): boolean {
  return inlines.every(isIgnorableEdge);
}

// ---------------------------------------------------------------------------------------------------------
// Plain text (shared with the English article builder)

export function plainTextOfBlocks(blocks: readonly Block[], side: TextSide = 'translation'): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
          return plainTextOf(block.children, side);
        case 'list':
          return block.items.map((item) => plainTextOfBlocks(item, side)).join('\n');
        case 'alert':
        case 'blockquote':
          return plainTextOfBlocks(block.children, side);
        case 'table':
          return [block.head, ...block.rows]
            .map((row) => row.map((cell) => plainTextOf(cell, side)).join(' '))
            .join('\n');
        case 'code':
          return block.value;
        case 'image':
          return block.alt;
        case 'thematicBreak':
          return '';
      }
    })
    .join('\n');
}

/** Collapses runs of ASCII whitespace (NBSP is kept: it is typography in some translations). */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\r\n\f\v]+/g, ' ').trim();
}

/** Replaces every sentence by one side of it, so label and value detection can read plain markdown. */
function inlinesForSide(inlines: readonly Inline[], side: TextSide): Inline[] {
  return inlines.flatMap((inline): Inline[] => {
    switch (inline.type) {
      case 'sentence':
        return inlinesForSide(side === 'english' ? inline.english : inline.children, side);
      case 'strong':
      case 'emphasis':
      case 'delete':
        return [{ type: inline.type, children: inlinesForSide(inline.children, side) }];
      case 'link':
        return [{ type: 'link', href: inline.href, children: inlinesForSide(inline.children, side) }];
      default:
        return [inline];
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// "Applies to" and "Appropriate roles"

type LabelledField = 'appliesTo' | 'roles';

/** Detected by the English label, whatever the translation did to bold and colons. */
const ENGLISH_LABELS: Record<LabelledField, string> = { appliesTo: 'applies to', roles: 'appropriate roles' };

interface LabelledParagraph {
  field: LabelledField;
  label: string;
  englishLabel: string;
  englishValues: string[];
  translatedValues: string[];
}

/**
 * Moves the applies-to and roles lines out of the body, in any of their shapes: one segment
 * `**Label**: v1 | v2`, or a label paragraph (bold inside or outside the segment) followed by a list.
 * In files without spans the "English" side is the text itself: right for English files, and for other
 * locales it only matches when the label was left in English (then english = text, by assumption).
 */
function extractLabelledLists(blocks: readonly Block[]): {
  blocks: Block[];
  appliesTo: LabelledList | null;
  roles: LabelledList | null;
} {
  const found: Record<LabelledField, LabelledList | null> = { appliesTo: null, roles: null };
  const kept: Block[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block === undefined) continue;
    const labelled = block.type === 'paragraph' ? labelledParagraphOf(block.children) : null;
    if (labelled && found[labelled.field] === null) {
      const next = blocks[index + 1];
      if (labelled.englishValues.length > 0) {
        found[labelled.field] = { label: labelled.label, values: pairValues(labelled) };
        continue;
      }
      if (next?.type === 'list') {
        found[labelled.field] = { label: labelled.label, values: listValuesOf(next.items) };
        index += 1;
        continue;
      }
    }
    kept.push(block);
  }
  return { blocks: kept, appliesTo: found.appliesTo, roles: found.roles };
}

function labelledParagraphOf(inlines: readonly Inline[]): LabelledParagraph | null {
  const english = splitLabel(inlinesForSide(inlines, 'english'));
  const field = (Object.keys(ENGLISH_LABELS) as LabelledField[]).find(
    (candidate) => ENGLISH_LABELS[candidate] === english.label.toLowerCase(),
  );
  if (!field) return null;
  const translated = splitLabel(inlinesForSide(inlines, 'translation'));
  return {
    field,
    label: translated.label || english.label,
    englishLabel: english.label,
    englishValues: splitValues(english.rest),
    translatedValues: splitValues(translated.rest),
  };
}

/**
 * Label = the leading bold text, or (when a translator moved the bold) the text before the first colon.
 * Colons may sit inside or outside the bold, ASCII or full-width.
 */
function splitLabel(inlines: readonly Inline[]): { label: string; rest: string } {
  const view = trimInlines(inlines);
  const full = plainTextOf(view);
  const first = view[0];
  const boldText = first?.type === 'strong' ? plainTextOf(first.children) : null;
  const colonIn = (text: string) => text.search(/[:：]/);
  const splitAt =
    boldText !== null
      ? colonIn(boldText) >= 0
        ? colonIn(boldText)
        : boldText.length
      : colonIn(full) >= 0
        ? colonIn(full)
        : full.length;
  return {
    label: collapseWhitespace(full.slice(0, splitAt)).replace(/[\s:：]+$/, ''),
    rest: collapseWhitespace(full.slice(splitAt).replace(/^[\s:：]+/, '')),
  };
}

function splitValues(text: string): string[] {
  return text
    .split(/[|｜]/)
    .map(collapseWhitespace)
    .filter((value) => value !== '');
}

/** Values pair by index; a translated value missing for an English one falls back to the English text. */
function pairValues(labelled: LabelledParagraph): ListedValue[] {
  return labelled.englishValues.map((english, index) => ({
    english,
    text: labelled.translatedValues[index] ?? english,
  }));
}

function listValuesOf(items: readonly Block[][]): ListedValue[] {
  return items
    .map((item) => {
      const english = collapseWhitespace(plainTextOfBlocks(item, 'english'));
      return { english, text: collapseWhitespace(plainTextOfBlocks(item)) || english };
    })
    .filter((value) => value.english !== '');
}
