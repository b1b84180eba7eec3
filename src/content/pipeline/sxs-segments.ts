/**
 * Reads one sxs segment — a translation span and its sxs-lookup twin holding the English original — and
 * records it as a sentence of the walk. The regular shape is
 * `<span data-ttu-id="p-N">translation</span><span class="sxs-lookup"><span data-stu-id="p-N">English</span></span>`;
 * irregular ones (twin missing or not adjacent, span left open, ids that differ, twin holding more) still
 * render their translation, with the English original wherever the pairing can be recovered, and a warning.
 */
import type { Element, ElementContent } from 'hast';
import type { Inline } from '../../domain/article';
import { plainTextOf } from '../../domain/article-text';
import { sentenceKeyOf } from '../../domain/sentence-key';
import { classNamesOf, isElement, stringProperty } from './markdown-trees';
import { collapseWhitespace } from './plain-text';
import { warn, type Walk } from './source-walk';

const CODE = 'irregular-sxs-pair';

/** The `data-ttu-id` of a translation span, if `node` is one. */
export function translationIdOf(node: ElementContent): string | undefined {
  return isElement(node, 'span') ? stringProperty(node, 'dataTtuId') : undefined;
}

export function isLookupSpan(node: ElementContent | undefined): node is Element {
  return isElement(node, 'span') && classNamesOf(node).includes('sxs-lookup');
}

export interface Segment {
  /** What the translation span holds (without a twin the HTML parser put inside it). */
  translation: ElementContent[];
  /** What the English original is read from, or null when no twin was found. */
  english: ElementContent[] | null;
  /** Content the HTML parser put inside an unclosed translation span after its twin: it follows the sentence. */
  after: ElementContent[];
  /** Whether the twin was the next sibling (the caller skips it). */
  tookNext: boolean;
}

/** Finds the twin of the translation span `nodes[index]`, in the order the shapes occur. */
export function segmentOf(
  translation: Element,
  id: string,
  nodes: readonly ElementContent[],
  index: number,
  walk: Walk,
): Segment {
  // `<span data-ttu-id>` left open: the parser nested the twin (and what follows it) inside.
  const nested = translation.children.findIndex(isLookupSpan);
  const nestedTwin = translation.children[nested];
  if (nestedTwin && isLookupSpan(nestedTwin)) {
    return {
      translation: translation.children.slice(0, nested),
      english: englishOf(nestedTwin, id, walk),
      after: translation.children.slice(nested + 1),
      tookNext: false,
    };
  }
  const next = nodes[index + 1];
  if (isLookupSpan(next)) {
    return {
      translation: translation.children,
      english: englishOf(next, id, walk),
      after: [],
      tookNext: true,
    };
  }
  const found = findTwin(translation.children, id, walk) ?? findTwin(walk.scope ?? [], id, walk);
  if (found) {
    walk.pairedTwins ??= new Set();
    walk.pairedTwins.add(found);
    warn(
      walk,
      translation,
      CODE,
      `<span data-ttu-id="${id}"> is not directly followed by its <span class="sxs-lookup"> twin`,
      'paired with its twin found elsewhere in the same block',
    );
    return {
      translation: translation.children,
      english: englishOf(found, id, walk),
      after: [],
      tookNext: false,
    };
  }
  warn(
    walk,
    translation,
    CODE,
    `<span data-ttu-id="${id}"> has no <span class="sxs-lookup"> twin with its English original`,
    'translation shown without its English original',
  );
  return { translation: translation.children, english: null, after: [], tookNext: false };
}

/** A not yet paired twin whose `data-stu-id` is `id`, anywhere below `nodes`. */
function findTwin(nodes: readonly ElementContent[], id: string, walk: Walk): Element | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (isLookupSpan(node) && !walk.pairedTwins?.has(node)) {
      const original = node.children.find((child) => isElement(child, 'span'));
      if (original && isElement(original) && stringProperty(original, 'dataStuId') === id) return node;
    }
    const nested = findTwin(node.children, id, walk);
    if (nested) return nested;
  }
  return undefined;
}

/** The nodes holding the English original: the twin's one `<span data-stu-id>`, or all it holds. */
function englishOf(twin: Element, id: string, walk: Walk): ElementContent[] {
  const originals = twin.children.filter((child) => isElement(child, 'span'));
  const original = originals[0];
  if (
    !original ||
    !isElement(original) ||
    originals.length > 1 ||
    twin.children.some((child) => child.type === 'text' && child.value.trim())
  ) {
    warn(
      walk,
      twin,
      CODE,
      `the sxs-lookup twin of "${id}" must hold exactly one <span data-stu-id> and nothing else`,
      'everything it holds read as the English original',
    );
    return twin.children;
  }
  const originalId = stringProperty(original, 'dataStuId');
  if (originalId !== id) {
    warn(
      walk,
      original,
      CODE,
      `data-stu-id "${originalId ?? '(missing)'}" does not match data-ttu-id "${id}"`,
      'paired by position',
    );
  }
  return original.children;
}

/**
 * Records a segment's two sides (as read by the inline reader) as the walk's next sentence; a segment
 * without English text is no sentence (it has no key to align it by): its translation is plain text.
 */
export function sentenceOf(
  translation: Element,
  id: string,
  children: Inline[],
  english: Inline[] | null,
  walk: Walk,
): Inline[] {
  if (english === null) return children;
  const key = sentenceKeyOf(plainTextOf(english, 'english'));
  if (key === '') {
    warn(
      walk,
      translation,
      CODE,
      `sentence "${id}" has an empty English original`,
      'translation shown as plain text',
    );
    return children;
  }
  walk.sentences.push({
    key,
    text: collapseWhitespace(plainTextOf(children)),
    english: collapseWhitespace(plainTextOf(english)),
  });
  return [{ type: 'sentence', key, children, english }];
}
