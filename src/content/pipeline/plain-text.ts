/** Plain text of parsed blocks, one side (translation or English) at a time; shared with the English builder. */
import type { Block, Inline } from '../../domain/article';
import { plainTextOf, type TextSide } from '../../domain/article-text';

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
export function inlinesForSide(inlines: readonly Inline[], side: TextSide): Inline[] {
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
