/**
 * Prose that looks like a tag — `<subscription>`, `<customer-tenant-id>`, `<Resource group name>` — is a
 * placeholder an author wrote, not HTML: CommonMark still reads it as an HTML node, which the HTML parser
 * would turn into an element swallowing the rest of the sentence. On the markdown tree, where each such
 * node is still the author's text, a tag whose name HTML does not define gets its `<` escaped, so it reads as
 * written.
 */
import type { Html, Nodes, Root } from 'mdast';
import { HTML_ELEMENT_NAMES } from './html-element-names';
import { pointAt, snippet, warn, type Walk } from './source-walk';

const TAG_START = /<\/?([A-Za-z][A-Za-z0-9:_.-]*)/g;

export function escapeTagShapedText(tree: Root, walk: Walk): void {
  // One pass over the text first: most files hold only real HTML tags, and then no tree walk is needed.
  for (const [, name] of walk.source.matchAll(TAG_START)) {
    if (name !== undefined && !HTML_ELEMENT_NAMES.has(name.toLowerCase())) return visit(tree, walk);
  }
}

function visit(node: Nodes, walk: Walk): void {
  if (node.type === 'html') return escapeNode(node, walk);
  if ('children' in node) for (const child of node.children) visit(child, walk);
}

function escapeNode(node: Html, walk: Walk): void {
  if (!node.value.includes('<')) return;
  node.value = node.value.replace(TAG_START, (tag: string, name: string, index: number) => {
    if (HTML_ELEMENT_NAMES.has(name.toLowerCase())) return tag;
    const start = node.position?.start;
    const offset = (start?.offset ?? 0) + index;
    const where = start?.offset === undefined ? node : { position: { start: pointAt(walk.source, offset) } };
    const shown = snippet(node.value.slice(index, node.value.indexOf('>', index) + 1 || undefined));
    warn(walk, where, 'tag-shaped-text', `"${shown}" is not an HTML element`, 'shown as text');
    return `&lt;${tag.slice(1)}`;
  });
}
