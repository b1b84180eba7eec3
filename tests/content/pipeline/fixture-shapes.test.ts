import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '../../../src/content/pipeline/parse-article';

const VALID_DIR = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

describe('the gap-filling fixture', () => {
  it('keeps nested lists, a tip without a space after ">", a rule and a <br> in a cell; drops the comment', () => {
    const source = readFileSync(`${VALID_DIR}nested-lists-rules-comments.md`, 'utf8');
    const article = parseArticleSource(source, { slug: 'lists', locale: 'fr-fr', file: 'lists/fr-fr.md' });
    expect(article.blocks.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'list',
      'alert',
      'thematicBreak',
      'table',
    ]);
    expect(article.blocks[0]).toMatchObject({ type: 'heading', anchor: 'widget-lists' });
    const list = article.blocks[2];
    expect(list?.type === 'list' && list.items[0]?.map((block) => block.type)).toEqual(['paragraph', 'list']);
    expect(article.blocks[3]).toMatchObject({ type: 'alert', kind: 'tip' });
    expect(JSON.stringify(article.blocks)).not.toContain('comment');
    expect(article.sentences.map((sentence) => sentence.english)).toContain('Nested lists stay nested.');
    expect(article.sentences.map((sentence) => sentence.text)).toContain(
      'Les listes imbriquées\u00a0restent imbriquées.',
    );
  });
});
