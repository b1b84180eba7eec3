/**
 * Span balance, checked on the markdown tree (where every inline HTML node is exactly one tag) before the
 * HTML parser would silently close what an author left open.
 */
import type { Element, ElementContent, RootContent as HastRootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { fail, failAt, snippet, type Positioned, type Walk } from './source-walk';

export function assertSpansClosed(tree: MdastRoot, walk: Walk): void {
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
