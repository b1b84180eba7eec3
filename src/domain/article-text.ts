import type { Article, Block, Inline } from './article';

/** Which side of each sentence to read: the locale's translation or the English original. */
export type TextSide = 'translation' | 'english';

/** The visible text of inline content; a sentence contributes its translation, or its English original. */
export function plainTextOf(inlines: readonly Inline[], side: TextSide = 'translation'): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
          return inline.value;
        case 'break':
          return '\n';
        case 'image':
          return inline.alt;
        case 'sentence':
          return plainTextOf(side === 'english' ? inline.english : inline.children, side);
        default:
          return plainTextOf(inline.children, side);
      }
    })
    .join('');
}

/** The article's H1 as plain text, falling back to the front matter title. */
export function headingOf(article: Pick<Article, 'blocks' | 'title'>): string {
  const heading = article.blocks.find(
    (block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading' && block.depth === 1,
  );
  return heading ? plainTextOf(heading.children).trim() : article.title;
}
