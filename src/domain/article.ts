/**
 * The article model: what the content pipeline produces at build time and what the UI renders.
 * Plain serialisable data (it is shipped to the browser as JSON), no React, no DOM.
 */
import type { ArticlePlace } from './navigation';

/** A content locale as the source repositories name it: lowercase `ll-rr` (`zh-cn`, `ja-jp`, `en-us`). */
export type LocaleId = string;

/**
 * The key that aligns one sentence across every locale's version: its English original as plain text,
 * with anchors stripped and whitespace collapsed (see `sentenceKeyOf`).
 */
export type SentenceKey = string;

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'delete'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'break' }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'image'; src: string; alt: string; lang?: LocaleId }
  /**
   * One translated segment (an sxs `data-ttu-id` span): the translation as `children`, the English
   * original from its `sxs-lookup` twin as `english`.
   */
  | { type: 'sentence'; key: SentenceKey; children: Inline[]; english: Inline[] };

export type AlertKind = 'note' | 'important' | 'tip' | 'warning' | 'caution';
export type CellAlign = 'left' | 'right' | 'center' | null;

export type Block =
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; anchor: string | null; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number | null; items: Block[][] }
  | { type: 'alert'; kind: AlertKind; children: Block[] }
  | { type: 'blockquote'; children: Block[] }
  | { type: 'table'; align: CellAlign[]; head: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; lang: string | null; value: string }
  /**
   * An image, shown by its `alt` text (image files are not part of the content). `lang` is the language of
   * `alt` where it differs from the article's: the generated English version keeps translated alt texts,
   * which have no English original.
   */
  | { type: 'image'; src: string; alt: string; lang?: LocaleId }
  | { type: 'thematicBreak' };

/** One value of the applies-to or roles line, e.g. "Partner Center for Microsoft Cloud Germany". */
export interface ListedValue {
  /** The English original, as the source's `sxs-lookup` gives it (plain text, trimmed). */
  english: string;
  /** The value as this locale's text shows it. */
  text: string;
}

export interface LabelledList {
  /** The label as this locale shows it ("适用于"), without trailing colons. */
  label: string;
  values: ListedValue[];
}

export type TranslationKind = 'machine' | 'human' | 'original' | 'unknown';

export interface ArticleSentence {
  key: SentenceKey;
  /** Plain text of the translation. */
  text: string;
  /** Plain text of the English original. */
  english: string;
}

export interface Article {
  slug: string;
  locale: LocaleId;
  /** Front matter `title`, plain text, with an old-style " | Partner Center" suffix removed. */
  title: string;
  description: string;
  /** `ms.date` as ISO `YYYY-MM-DD`, or null when the source has none. */
  date: string | null;
  /** `date` as the version's language writes it (see `dateTextOf`), or null without a date. */
  dateText: string | null;
  translation: TranslationKind;
  /**
   * Identifies the English source version this locale was translated from (`ms.openlocfilehash` where present).
   * Two locales with the same value are translations of the same text.
   */
  sourceVersion: string;
  appliesTo: LabelledList | null;
  roles: LabelledList | null;
  /** The body, without the applies-to and roles lines (they are in `appliesTo` and `roles`). */
  blocks: Block[];
  /** Every sentence of the body in document order (title sentence included). */
  sentences: ArticleSentence[];
  /** Where the version sits in its locale's table of contents (added by the build; absent when none names it). */
  place?: ArticlePlace;
}
