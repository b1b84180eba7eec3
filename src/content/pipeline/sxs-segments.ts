/**
 * Reads one sxs segment — a translation span and its sxs-lookup twin holding the English original — and
 * records it as a sentence of the walk.
 */
import type { Element, ElementContent } from 'hast';
import type { Inline } from '../../domain/article';
import { plainTextOf } from '../../domain/article-text';
import { sentenceKeyOf } from '../../domain/sentence-key';
import { classNamesOf, isElement, stringProperty } from './markdown-trees';
import { collapseWhitespace } from './plain-text';
import { fail, type Walk } from './source-walk';

/** The `data-ttu-id` of a translation span, if `node` is one. */
export function translationIdOf(node: ElementContent): string | undefined {
  return isElement(node, 'span') ? stringProperty(node, 'dataTtuId') : undefined;
}

export function isLookupSpan(node: ElementContent | undefined): node is Element {
  return isElement(node, 'span') && classNamesOf(node).includes('sxs-lookup');
}

function containsLookupSpan(element: Element): boolean {
  return element.children.some(
    (child) => isLookupSpan(child) || (isElement(child) && containsLookupSpan(child)),
  );
}

/**
 * One sxs segment: `<span data-ttu-id="p-N">translation</span>` directly followed by
 * `<span class="sxs-lookup"><span data-stu-id="p-N">English</span></span>`. Checks that shape and returns
 * the `<span data-stu-id>` holding the English original.
 */
export function segmentOriginalOf(
  translation: Element,
  id: string,
  twin: ElementContent | undefined,
  walk: Walk,
): Element {
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
  return original;
}

/** Records a segment's two sides (as read by the inline reader) as the walk's next sentence. */
export function sentenceOf(
  original: Element,
  id: string,
  children: Inline[],
  english: Inline[],
  walk: Walk,
): Inline {
  const key = sentenceKeyOf(plainTextOf(english, 'english'));
  if (key === '') fail(walk, original, `sentence "${id}" has an empty English original`);
  walk.sentences.push({
    key,
    text: collapseWhitespace(plainTextOf(children)),
    english: collapseWhitespace(plainTextOf(english)),
  });
  return { type: 'sentence', key, children, english };
}
