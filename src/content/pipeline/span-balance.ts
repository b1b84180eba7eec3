/**
 * Span balance, checked on the markdown tree (where every inline HTML node is exactly one tag) before the
 * HTML parser silently closes what an author left open: the page still renders (the segment reader
 * recovers the pair), and the author hears where the `</span>` is missing.
 */
import type { Element, ElementContent, RootContent as HastRootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { snippet, warn, type Positioned, type Walk } from './source-walk';

export function reportUnclosedSpans(tree: MdastRoot, walk: Walk): void {
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
      if (open.pop() === undefined) {
        warn(walk, tag, 'unclosed-span', 'closing </span> without a matching <span>', 'ignored');
      }
    }
  }
  for (const unclosed of open) {
    if (unclosed.type !== 'html') continue;
    const what = `unclosed <span>: ${snippet(unclosed.value)} has no matching </span> in its block`;
    warn(walk, unclosed, 'unclosed-span', what, 'closed at the end of its block');
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
  const start = {
    line: blockStart.line + inner.line - 1,
    column: inner.line === 1 ? blockStart.column + inner.column - 1 : inner.column,
  };
  warn(
    walk,
    { position: { start } },
    'unclosed-span',
    'unclosed <span>: it has no matching </span> inside its HTML block',
    'closed where the HTML parser closes it',
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
