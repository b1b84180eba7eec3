/**
 * Reads the inline content of a block: text, links, emphasis, code, breaks, images, and the sxs segments
 * (see `sxs-segments.ts`) that become sentences.
 */
import type { ElementContent } from 'hast';
import type { Inline } from '../../domain/article';
import { isElement, stringProperty, textContentOf } from './markdown-trees';
import { snippet, warn, type Walk } from './source-walk';
import { isLookupSpan, segmentOf, sentenceOf, translationIdOf } from './sxs-segments';

/** A `<span …` or `</span` that never reached its `>`: the HTML parser left it as text. */
const BROKEN_SPAN_TAG = /<\/?span\b[^<>]*/gi;

/** Inline content of one block, with the whitespace at its edges removed. */
export function blockInlinesOf(nodes: readonly ElementContent[], walk: Walk): Inline[] {
  // The outermost call names the block: a separated sxs twin is looked for in all of it.
  if (walk.scope !== undefined) return trimInlines(inlinesOf(nodes, walk));
  walk.scope = nodes;
  try {
    return trimInlines(inlinesOf(nodes, walk));
  } finally {
    walk.scope = undefined;
  }
}

function inlinesOf(nodes: readonly ElementContent[], walk: Walk): Inline[] {
  const inlines: Inline[] = [];
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index];
    if (node === undefined) continue;
    // Taken before the check below, whose type guard would narrow `node` to text and comments.
    const element = isElement(node) ? node : undefined;
    if (isLookupSpan(node)) {
      if (!walk.pairedTwins?.has(node)) {
        warn(
          walk,
          node,
          'irregular-sxs-pair',
          'a <span class="sxs-lookup"> follows no <span data-ttu-id> translation span',
          'its English original not shown',
        );
      }
      continue;
    }
    const translationId = translationIdOf(node);
    if (translationId !== undefined && element) {
      const segment = segmentOf(element, translationId, nodes, index, walk);
      const children = blockInlinesOf(segment.translation, walk);
      const english = segment.english && blockInlinesOf(segment.english, walk);
      inlines.push(...sentenceOf(element, translationId, children, english, walk));
      inlines.push(...inlinesOf(segment.after, walk));
      if (segment.tookNext) index += 1;
    } else {
      inlines.push(...inlineOf(node, walk));
    }
  }
  return mergeTexts(inlines);
}

function inlineOf(node: ElementContent, walk: Walk): Inline[] {
  if (node.type === 'text') {
    if (/<\/?span\b/i.test(node.value)) {
      const what = `unclosed <span tag: "${snippet(node.value)}" is not valid HTML (missing ">"?)`;
      warn(walk, node, 'broken-tag', what, 'the broken tag removed');
      return [{ type: 'text', value: node.value.replace(BROKEN_SPAN_TAG, '') }];
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
    case 'img': {
      const alt = stringProperty(node, 'alt')?.trim() ?? '';
      // Image files are not part of the content: the page shows an image by its alt text.
      if (alt === '')
        warn(walk, node, 'image-without-alt', 'an image has no alt text', 'nothing shown for it');
      return [{ type: 'image', src: stringProperty(node, 'src') ?? '', alt }];
    }
    case 'input': // task-list checkboxes
      return [];
    default:
      // Other inline HTML the schema keeps (`<span>`, `<sup>` …): the model holds no raw HTML, so keep its text.
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
