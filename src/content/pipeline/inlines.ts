/**
 * Reads the inline content of a block: text, links, emphasis, code, breaks, images, and the sxs segments
 * (see `sxs-segments.ts`) that become sentences.
 */
import type { ElementContent } from 'hast';
import type { Inline } from '../../domain/article';
import { isElement, stringProperty, textContentOf } from './markdown-trees';
import { fail, snippet, type Walk } from './source-walk';
import { isLookupSpan, segmentOriginalOf, sentenceOf, translationIdOf } from './sxs-segments';

/** Inline content of one block, with the whitespace at its edges removed. */
export function blockInlinesOf(nodes: readonly ElementContent[], walk: Walk): Inline[] {
  return trimInlines(inlinesOf(nodes, walk));
}

function inlinesOf(nodes: readonly ElementContent[], walk: Walk): Inline[] {
  const inlines: Inline[] = [];
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index];
    if (node === undefined) continue;
    // Taken before the check below, whose type guard would narrow `node` to text and comments.
    const element = isElement(node) ? node : undefined;
    if (isLookupSpan(node)) {
      fail(
        walk,
        node,
        'a <span class="sxs-lookup"> must directly follow a <span data-ttu-id> translation span',
      );
    }
    const translationId = translationIdOf(node);
    if (translationId !== undefined && element) {
      const original = segmentOriginalOf(element, translationId, nodes[index + 1], walk);
      const children = blockInlinesOf(element.children, walk);
      const english = blockInlinesOf(original.children, walk);
      inlines.push(sentenceOf(original, translationId, children, english, walk));
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

export function isBlank(inlines: readonly Inline[]): boolean {
  return inlines.every(isIgnorableEdge);
}
