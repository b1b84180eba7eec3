import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, Block, Inline } from '../../../src/domain/article';
import { ContentError } from '../../../src/content/pipeline/content-error';
import { englishArticle } from '../../../src/content/pipeline/english-article';
import { parseArticleSource } from '../../../src/content/pipeline/parse-article';

const VALID_DIR = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

function parseFixture(name: string, locale: string): Article {
  return parseArticleSource(readFileSync(VALID_DIR + name, 'utf8'), { slug: 'widgets', locale, file: name });
}

/** Every inline of every block, sentences included, flattened. */
function allInlines(blocks: readonly Block[]): Inline[] {
  const fromInlines = (inlines: readonly Inline[]): Inline[] =>
    inlines.flatMap((inline) => [inline, ...('children' in inline ? fromInlines(inline.children) : [])]);
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return fromInlines(block.children);
      case 'list':
        return block.items.flatMap(allInlines);
      case 'alert':
      case 'blockquote':
        return allInlines(block.children);
      case 'table':
        return [...block.head, ...block.rows.flat()].flatMap(fromInlines);
      default:
        return [];
    }
  });
}

const zhCn = parseFixture('canonical.md', 'zh-cn'); // dated 2021-03-14
const zhTw = parseFixture('bold-outside-list.md', 'zh-tw'); // no date

describe('englishArticle', () => {
  const english = englishArticle([zhTw, zhCn]);

  it('is the en-us original of the newest source', () => {
    expect(english).toMatchObject({
      slug: 'widgets',
      locale: 'en-us',
      translation: 'original',
      date: zhCn.date,
      sourceVersion: zhCn.sourceVersion,
    });
  });

  it('takes the title from the English H1 and the description from the first body paragraph', () => {
    expect(english.title).toBe('Guidelines for using widgets');
    expect(english.description).toBe(
      'In general, widgets should be kept tidy. Please check your widgets once a day.',
    );
  });

  it('shows the English original of every sentence, keeping keys and structure', () => {
    const sentences = allInlines(english.blocks).filter((inline) => inline.type === 'sentence');
    expect(sentences.length).toBe(5);
    for (const sentence of sentences) expect(sentence.children).toEqual(sentence.english);
    expect(english.blocks.map((block) => block.type)).toEqual(zhCn.blocks.map((block) => block.type));
    expect(JSON.stringify(english.blocks)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('uses the English labels and values for applies-to and roles', () => {
    expect(english.appliesTo).toEqual({
      label: 'Applies to',
      values: [
        { english: 'Widget Center', text: 'Widget Center' },
        { english: 'Widget Center for Galaxy', text: 'Widget Center for Galaxy' },
      ],
    });
    expect(english.roles).toEqual({
      label: 'Appropriate roles',
      values: [{ english: 'Support agent', text: 'Support agent' }],
    });
  });

  it('lists the same sentence keys, with the English as their text', () => {
    expect(english.sentences.map((sentence) => sentence.key)).toEqual(
      zhCn.sentences.map((sentence) => sentence.key),
    );
    for (const sentence of english.sentences) expect(sentence.text).toBe(sentence.english);
  });
});

describe('englishArticle picks its source', () => {
  it('treats a missing date as oldest', () => {
    expect(englishArticle([zhCn, zhTw]).sourceVersion).toBe(zhCn.sourceVersion);
    expect(englishArticle([{ ...zhTw, date: '2021-03-15' }, zhCn]).sourceVersion).toBe(zhTw.sourceVersion);
  });

  it('breaks a date tie by the number of sentences', () => {
    const sameDate = { ...zhTw, date: zhCn.date };
    expect(zhTw.sentences.length).toBeGreaterThan(zhCn.sentences.length);
    expect(englishArticle([zhCn, sameDate]).sourceVersion).toBe(zhTw.sourceVersion);
  });

  it('breaks a full tie by locale name', () => {
    const twin = { ...zhCn, locale: 'de-de', sourceVersion: 'de-de-version' };
    expect(englishArticle([zhCn, twin]).sourceVersion).toBe('de-de-version');
    expect(englishArticle([twin, zhCn]).sourceVersion).toBe('de-de-version');
  });

  it('never builds from a source without sentences, which has no English', () => {
    const plain = { ...parseFixture('plain-translated.md', 'de-de'), slug: 'widgets', date: '2030-01-01' };
    expect(englishArticle([plain, zhCn]).sourceVersion).toBe(zhCn.sourceVersion);
    expect(() => englishArticle([plain])).toThrow(ContentError);
  });

  it('refuses sources of different slugs', () => {
    expect(() => englishArticle([zhCn, { ...zhTw, slug: 'other' }])).toThrow(/several slugs/);
  });
});

describe('englishArticle of a source with images', () => {
  const german = parseFixture('image-directives-irregular.md', 'de-de');
  const english = englishArticle([german]);

  it('marks a translated alt text, which has no English original, with the language it is in', () => {
    const figures = english.blocks.filter((block) => block.type === 'image');
    expect(figures[0]).toEqual({
      type: 'image',
      src: 'media/tray-top.png',
      alt: 'Die Ablage von oben.',
      lang: 'de-de',
    });
    const list = english.blocks.find((block) => block.type === 'list');
    expect(list?.type === 'list' && list.items[0]?.[1]).toMatchObject({
      alt: 'Die offene Ablage.',
      lang: 'de-de',
    });
  });

  it('leaves the source’s own images unmarked: they are in its language', () => {
    expect(JSON.stringify(german.blocks)).not.toContain('"lang"');
  });
});
