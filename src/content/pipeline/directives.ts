/**
 * Docs markdown extensions, read on the markdown tree where a paragraph's text still maps to its source:
 * `:::image …:::` wherever it stands in a paragraph (alone, several on consecutive lines, after text) becomes
 * a figure of its own; layout and variant markers (`:::row:::`, `:::column:::`, `:::zone …:::`,
 * `:::moniker …:::`, `[!div …]`) are removed and their content kept; what names a file that is not part of
 * the content (`:::code`, `[!INCLUDE]`) is dropped; `[!VIDEO url]` becomes a link. Each change is reported.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Blockquote, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { isElement, stringProperty } from './markdown-trees';
import { pointAt, warn, type Walk } from './source-walk';

/** `:::zone pivot="…"`, `:::zone-end`, `:::moniker range="…"`, `:::moniker-end`: a line of their own. */
const LINE_MARKER = /(?<=^|\n)[ \t>]*:::[ \t]*((?:zone|moniker)(?:-end)?)\b[^\n]*/gi;
/** `:::name attr="value" …:::`; attribute values never hold a raw `"` (they use `&quot;`). */
const TRIPLE_COLON =
  /:::[ \t]*([a-z][a-z-]*)((?:\s+[a-z][a-z-]*(?:=(?:"[^"]*"|'[^']*'|[^\s"':]+))?)*)\s*:::/gi;
const BRACKET = /\[!(INCLUDE|VIDEO|div)\b((?:\[[^\]]*\]\([^)]*\))|[^\]]*)\]/gi;
/** A cheap test before any matching: most paragraphs hold neither. */
const MAYBE = /:::|\[!(?:include|video|div)/i;

interface Replacement {
  start: number;
  end: number;
  /** Blocks shown in the directive's place, between the text before and after it. */
  blocks: Paragraph[];
}

export function expandDirectives(tree: Root, walk: Walk): void {
  if (MAYBE.test(walk.source)) visitParents(tree, walk);
}

function visitParents(parent: Extract<Nodes, { children: unknown }>, walk: Walk): void {
  if (!('children' in parent)) return;
  const children = parent.children as RootContent[];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (node === undefined) continue;
    if (node.type === 'paragraph') {
      const expanded = expandParagraph(node, walk);
      if (expanded) {
        children.splice(index, 1, ...expanded);
        index += expanded.length - 1;
      }
    } else if (node.type === 'blockquote' && isNextStepQuote(node, walk)) {
      visitParents(node, walk);
      // The marker made it a styled box on Microsoft Learn; here its content is an ordinary paragraph.
      children.splice(index, 1, ...node.children);
      index += node.children.length - 1;
    } else if ('children' in node) visitParents(node, walk);
  }
}

function isNextStepQuote(quote: Blockquote, walk: Walk): boolean {
  const first = quote.children[0];
  const start = first?.position?.start.offset;
  return first?.type === 'paragraph' && start !== undefined && /^\[!div\b/i.test(walk.source.slice(start));
}

function expandParagraph(paragraph: Paragraph, walk: Walk): RootContent[] | null {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const raw = walk.source.slice(start, end);
  if (!MAYBE.test(raw)) return null;
  const found = [
    ...matchesOf(LINE_MARKER, raw, start),
    ...matchesOf(TRIPLE_COLON, raw, start),
    ...matchesOf(BRACKET, raw, start),
  ].sort((a, b) => a.start - b.start);
  // A `:::zone-end:::` is matched by two patterns: the first match of any stretch wins.
  const matches = found.filter((match, index) => index === 0 || (found[index - 1]?.end ?? 0) <= match.start);
  const replacements = matches.map((match) =>
    match.text.trimStart().startsWith('[') ? bracketOf(match, walk) : tripleColonOf(match, walk),
  );
  if (replacements.length === 0) return null;
  return splitParagraph(paragraph, replacements, walk);
}

interface Match {
  start: number;
  end: number;
  name: string;
  attributes: string;
  text: string;
}

function matchesOf(pattern: RegExp, raw: string, offset: number): Match[] {
  return [...raw.matchAll(pattern)].map((match) => ({
    start: offset + match.index,
    end: offset + match.index + match[0].length,
    name: (match[1] ?? '').toLowerCase(),
    attributes: match[2] ?? '',
    text: match[0],
  }));
}

function tripleColonOf(match: Match, walk: Walk): Replacement {
  const at = positionOf(walk, match.start);
  const removed = (code: string, what: string, done: string): Replacement => {
    warn(walk, at, code, what, done);
    return { start: match.start, end: match.end, blocks: [] };
  };
  // An end marker closes what its opening marker (reported already) began.
  if (match.name.endsWith('-end')) return { start: match.start, end: match.end, blocks: [] };
  switch (match.name) {
    case 'image':
      return { start: match.start, end: match.end, blocks: [figureOf(match, walk)] };
    case 'row':
    case 'column':
      return removed(
        'directive-layout',
        `":::${match.name}:::" lays content out in columns`,
        'shown one after another',
      );
    case 'zone':
    case 'moniker':
      return removed(
        'directive-variant',
        `":::${match.name}" shows content for one variant only`,
        'every variant shown',
      );
    default:
      return removed(
        'directive-dropped',
        `":::${match.name}" shows what is not part of the article's content`,
        'removed',
      );
  }
}

function bracketOf(match: Match, walk: Walk): Replacement {
  const at = positionOf(walk, match.start);
  const none = { start: match.start, end: match.end, blocks: [] };
  if (match.name === 'div') {
    warn(
      walk,
      at,
      'directive-layout',
      `"[!div${match.attributes}]" styles the content that follows it`,
      'shown unstyled',
    );
    return none;
  }
  if (match.name === 'video') {
    const url = match.attributes.trim();
    warn(
      walk,
      at,
      'directive-video',
      `"[!VIDEO ${url}]" embeds a video player`,
      'shown as a link to the video',
    );
    const link: PhrasingContent = {
      type: 'link',
      url,
      children: [{ type: 'text', value: url }],
      position: at.position,
    };
    return { ...none, blocks: [{ type: 'paragraph', children: [link], position: at.position }] };
  }
  warn(
    walk,
    at,
    'directive-dropped',
    `"${match.text}" includes a file that is not part of the content`,
    'removed',
  );
  return none;
}

/** The attributes as written, decoded by the HTML parser (`&quot;` in an alt text). */
function figureOf(match: Match, walk: Walk): Paragraph {
  const at = positionOf(walk, match.start);
  const [element] = fromHtml(`<img ${match.attributes}>`, { fragment: true }).children;
  const url = isElement(element) ? (stringProperty(element, 'source') ?? '') : '';
  const alt = isElement(element) ? (stringProperty(element, 'alt-text') ?? '') : '';
  if (url === '')
    warn(walk, at, 'image-directive', 'the ":::image" directive has no source="…"', 'shown by its alt text');
  return {
    type: 'paragraph',
    data: { hName: 'figure' },
    children: [{ type: 'image', url, alt, position: at.position }],
    position: at.position,
  };
}

function positionOf(walk: Walk, offset: number) {
  const { line, column } = pointAt(walk.source, offset);
  return { position: { start: { line, column, offset }, end: { line, column, offset } } };
}

/** The paragraph's inline content around each replacement, as paragraphs, with the replacements between. */
function splitParagraph(
  paragraph: Paragraph,
  replacements: readonly Replacement[],
  walk: Walk,
): RootContent[] {
  const result: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    const hasText = run.some((node) => node.type !== 'text' || node.value.trim() !== '');
    if (hasText) result.push({ type: 'paragraph', children: trimRun(run), position: paragraph.position });
    run = [];
  };
  let next = 0;
  const emitUpTo = (offset: number) => {
    while (next < replacements.length && (replacements[next]?.start ?? Infinity) <= offset) {
      flush();
      result.push(...(replacements[next]?.blocks ?? []));
      next += 1;
    }
  };
  const inside = (offset: number) => replacements.some((r) => r.start <= offset && offset < r.end);
  // GFM autolink literals come without positions: they are placed right after what precedes them.
  let cursor = paragraph.position?.start.offset ?? 0;
  for (const child of paragraph.children) {
    const start = child.position?.start.offset ?? cursor;
    const end = child.position?.end.offset ?? start + textLengthOf(child);
    cursor = end;
    if (child.type !== 'text') {
      emitUpTo(start);
      if (!inside(start)) run.push(child);
      continue;
    }
    const exact = child.position !== undefined;
    for (const piece of textPieces(child.value, start, end, exact, replacements, walk)) {
      emitUpTo(piece.start);
      run.push({ type: 'text', value: piece.value });
    }
  }
  emitUpTo(Infinity);
  flush();
  return result;
}

/** The parts of a text node outside every replacement, with their source offsets. */
function textPieces(
  value: string,
  start: number,
  end: number,
  exact: boolean,
  replacements: readonly Replacement[],
  walk: Walk,
): { start: number; value: string }[] {
  // Without a position the value is all there is; with one, the source can stand in for escaped text.
  const raw = exact ? walk.source.slice(start, end) : value;
  const overlapping = replacements.filter((r) => r.start < end && r.end > start);
  if (overlapping.length === 0) return [{ start, value }];
  // Where the text was written as it reads, offsets map one to one; otherwise the source is used, without
  // the quote markers and indentation of continuation lines.
  const textOf = (from: number, to: number) =>
    raw === value
      ? value.slice(from - start, to - start)
      : walk.source.slice(from, to).replace(/\n[ \t>]*/g, '\n');
  const pieces: { start: number; value: string }[] = [];
  let cursor = start;
  for (const replacement of overlapping) {
    if (replacement.start > cursor) pieces.push({ start: cursor, value: textOf(cursor, replacement.start) });
    cursor = Math.max(cursor, replacement.end);
  }
  if (cursor < end) pieces.push({ start: cursor, value: textOf(cursor, end) });
  return pieces;
}

function trimRun(run: PhrasingContent[]): PhrasingContent[] {
  const trimmed = [...run];
  const first = trimmed[0];
  if (first?.type === 'text') trimmed[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  const last = trimmed[trimmed.length - 1];
  if (last?.type === 'text') trimmed[trimmed.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return trimmed;
}

/** The length of a node's text: what an autolink literal (whose text is its URL) spans in the source. */
function textLengthOf(node: PhrasingContent): number {
  if ('value' in node) return node.value.length;
  if ('children' in node) return node.children.reduce((sum, child) => sum + textLengthOf(child), 0);
  return 0;
}
