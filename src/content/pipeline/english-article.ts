/**
 * The English version of an article is not a source file: every localized source carries the English
 * original of each sentence (the sxs-lookup twin), so en-us is rebuilt from the newest localized source.
 */
import type { Article, Block, Inline, LabelledList } from '../../domain/article';
import { ContentError } from './content-error';
import { dateTextOf } from '../../domain/article-date';
import { plainTextOf } from '../../domain/article-text';
import { collapseWhitespace } from './plain-text';

export const ENGLISH_LOCALE = 'en-us';

const ENGLISH_LABELS = { appliesTo: 'Applies to', roles: 'Appropriate roles' } as const;

/**
 * Builds the `en-us` article of one slug from the English originals of its newest source. Sources without
 * any sentence (plain translated files) hold no English and are never used.
 */
export function englishArticle(sources: readonly Article[]): Article {
  const source = newestSourceOf(sources);
  const blocks = source.blocks.map((block) => englishBlock(block, source.locale));
  return {
    slug: source.slug,
    locale: ENGLISH_LOCALE,
    title: englishTitleOf(blocks, source),
    description: englishDescriptionOf(blocks),
    date: source.date,
    dateText: dateTextOf(source.date, ENGLISH_LOCALE),
    translation: 'original',
    sourceVersion: source.sourceVersion,
    appliesTo: englishLabelledList(source.appliesTo, ENGLISH_LABELS.appliesTo),
    roles: englishLabelledList(source.roles, ENGLISH_LABELS.roles),
    blocks,
    sentences: source.sentences.map(({ key, english }) => ({ key, text: english, english })),
  };
}

/** Newest by `date` (no date = oldest); ties go to the source with most sentences, then by locale name. */
function newestSourceOf(sources: readonly Article[]): Article {
  const slugs = new Set(sources.map((source) => source.slug));
  if (slugs.size > 1)
    throw new Error(`englishArticle got sources of several slugs: ${[...slugs].join(', ')}`);
  const [newest] = sources
    .filter((source) => source.sentences.length > 0)
    .sort(
      (a, b) =>
        compareDatesNewestFirst(a.date, b.date) ||
        b.sentences.length - a.sentences.length ||
        compareCodeUnits(a.locale, b.locale),
    );
  if (!newest) {
    throw new ContentError({
      file: [...slugs][0] ?? '(no sources)',
      reason: `cannot build the ${ENGLISH_LOCALE} article: no source has sxs segments with English originals`,
    });
  }
  return newest;
}

function compareDatesNewestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1; // ISO dates compare as strings
}

function englishTitleOf(blocks: readonly Block[], source: Article): string {
  const heading = blocks.find((block) => block.type === 'heading' && block.depth === 1);
  const title =
    heading?.type === 'heading' ? collapseWhitespace(plainTextOf(heading.children, 'english')) : '';
  return title || source.title;
}

function englishDescriptionOf(blocks: readonly Block[]): string {
  const paragraph = blocks.find((block) => block.type === 'paragraph');
  return paragraph?.type === 'paragraph'
    ? collapseWhitespace(plainTextOf(paragraph.children, 'english'))
    : '';
}

function englishLabelledList(list: LabelledList | null, label: string): LabelledList | null {
  if (list === null) return null;
  return { label, values: list.values.map(({ english }) => ({ english, text: english })) };
}

/** `locale` is the source's: the language of what has no English original (an image's alt text). */
function englishBlock(block: Block, locale: string): Block {
  const inlines = (children: readonly Inline[]) => englishInlines(children, locale);
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return { ...block, children: inlines(block.children) };
    case 'list':
      return { ...block, items: block.items.map((item) => item.map((each) => englishBlock(each, locale))) };
    case 'alert':
    case 'blockquote':
      return { ...block, children: block.children.map((each) => englishBlock(each, locale)) };
    case 'table':
      return { ...block, head: block.head.map(inlines), rows: block.rows.map((row) => row.map(inlines)) };
    case 'image':
      return { ...block, lang: block.lang ?? locale };
    default:
      return block;
  }
}

/** Each sentence keeps its key (so en-us sentences still link and align) and shows its English original. */
function englishInlines(inlines: readonly Inline[], locale: string): Inline[] {
  return inlines.map((inline): Inline => {
    switch (inline.type) {
      case 'sentence':
        return { ...inline, children: inline.english };
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'link':
        return { ...inline, children: englishInlines(inline.children, locale) };
      case 'image':
        return { ...inline, lang: inline.lang ?? locale };
      default:
        return inline;
    }
  });
}

/** Locale-independent ordering, so builds do not depend on the machine's ICU data. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
