/**
 * Reads the block structure of the HTML tree: headings (with their English anchors), paragraphs, lists,
 * alerts and quotes, code, figures (`:::image` directives, see `directives.ts`), and tables (GFM pipe tables and HTML `<table>` blocks).
 */
import type { Element, ElementContent, RootContent as HastRootContent } from 'hast';
import type { AlertKind, Block, CellAlign, Inline } from '../../domain/article';
import { blockInlinesOf, isBlank, trimInlines } from './inlines';
import { classNamesOf, isElement, stringProperty, textContentOf } from './markdown-trees';
import type { Walk } from './source-walk';

/** Elements that start a block; everything else is inline content. */
// prettier-ignore
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'div',
  'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul',
]);

const HEADING_DEPTHS = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 } as const;

const ALERT_KINDS: readonly AlertKind[] = ['note', 'important', 'tip', 'warning', 'caution'];

/** Block-level conversion; runs of inline nodes between blocks (tight list items, HTML) become paragraphs. */
export function blocksOf(nodes: readonly (HastRootContent | ElementContent)[], walk: Walk): Block[] {
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
    case 'figure':
      return figureOf(element, walk);
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
  const children = blockInlinesOf(paragraph.children, walk);
  if (isBlank(children)) return [];
  const [only] = children;
  if (children.length === 1 && only?.type === 'image') {
    return [{ type: 'image', src: only.src, alt: only.alt }];
  }
  return [{ type: 'paragraph', children }];
}

/** A figure holding an image (what a `:::image` directive makes) is that image, as a block of its own. */
function figureOf(figure: Element, walk: Walk): Block[] {
  const image = figure.children.find((child) => isElement(child, 'img'));
  if (!image || !isElement(image)) return blocksOf(figure.children, walk);
  const [inline] = blockInlinesOf([image], walk);
  return inline?.type === 'image' ? [{ type: 'image', src: inline.src, alt: inline.alt }] : [];
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
