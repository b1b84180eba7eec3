/**
 * Markup Microsoft publishes that the pipeline once refused: each shape renders (with a warning where the
 * page differs from Microsoft Learn's), in small fixtures written for these tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/domain/article';
import { plainTextOfBlocks } from '../../../src/content/pipeline/plain-text';
import { parseWithProblems } from './parse-with-problems';

const VALID_DIR = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

function parsed(name: string) {
  const source = readFileSync(VALID_DIR + name, 'utf8');
  return parseWithProblems(source, { slug: 'widgets', locale: 'de-de', file: name });
}

function images(blocks: readonly Block[]): { src: string; alt: string }[] {
  return blocks.flatMap((block) =>
    block.type === 'image'
      ? [{ src: block.src, alt: block.alt }]
      : block.type === 'list'
        ? block.items.flatMap((item) => images(item))
        : [],
  );
}

describe(':::image directives that do not stand alone', () => {
  const { article, problems } = parsed('image-directives-irregular.md');

  it('makes an image of each, on consecutive lines, after a text line and after text on its line', () => {
    expect(images(article.blocks).map((image) => image.alt)).toEqual([
      'Die offene Ablage.',
      'Die volle Ablage.',
      'Die Ablage von oben.',
      'Die Ablage von der Seite.',
      'Die Teile der Ablage.',
    ]);
  });

  it('keeps the text around them, a long description, and no directive markup', () => {
    const text = plainTextOfBlocks(article.blocks);
    expect(text).toContain('Die Ablage von oben:');
    expect(text).toContain('Beispiel 2');
    expect(text).toContain('Eine lange Beschreibung der Teile.');
    expect(JSON.stringify(article.blocks)).not.toContain(':::');
    expect(article.sentences.map((sentence) => sentence.english)).toContain('The tray from above:');
  });

  it('needs no warning: Microsoft Learn shows them the same way', () => {
    expect(problems).toEqual([]);
  });
});

describe('other docs directives', () => {
  const { article, problems } = parsed('docs-directives.md');
  const text = plainTextOfBlocks(article.blocks);

  it('keeps the content of columns, zones and next-step boxes without their markers', () => {
    expect(text).toContain('Left column text.');
    expect(text).toContain('Right column text.');
    expect(text).toContain('Desktop steps.');
    expect(text).toContain('Set up your widget');
    expect(text).not.toMatch(/:::|\[!/);
    expect(article.blocks.some((block) => block.type === 'blockquote')).toBe(false);
  });

  it('shows a video as a link and drops what names files outside the content, saying so', () => {
    expect(JSON.stringify(article.blocks)).toContain('"href":"https://www.example.com/embed/widget-tour"');
    expect(text).not.toContain('Widget basics');
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['directive-layout', 6],
      ['directive-layout', 7],
      ['directive-layout', 10],
      ['directive-variant', 15],
      ['directive-dropped', 19],
      ['directive-dropped', 21],
      ['directive-layout', 23],
      ['directive-video', 26],
    ]);
  });
});

describe('published markup', () => {
  const { article, problems } = parsed('published-markup.md');
  const json = JSON.stringify(article.blocks);

  it('keeps mailto: and tel: links', () => {
    expect(json).toContain('"href":"mailto:widgets@example.com"');
    expect(json).toContain('"href":"tel:+15550100"');
  });

  it('unwraps <font>, <center> and <u> to their text, with a warning each', () => {
    expect(plainTextOfBlocks(article.blocks)).toMatch(/Zahlung fehlt[\s\S]*Mitte[\s\S]*Unterstrichen/);
    expect(json).not.toMatch(/font|center|color/);
    expect(problems.filter((problem) => problem.code === 'unwrapped-element').map((p) => p.what)).toEqual([
      '<font> is not article markup',
      '<font> is not article markup',
      '<center> is not article markup',
      '<u> is not article markup',
    ]);
  });

  it('shows tag-shaped prose as the text the author wrote, in the translation and the original', () => {
    expect(article.sentences).toContainEqual({
      key: 'Call /widgets/<Widget ID>/parts, with <customer-tenant-id> as the tenant.',
      text: 'Rufen Sie /widgets/<Widget ID>/parts auf, mit <customer-tenant-id> als Mandant.',
      english: 'Call /widgets/<Widget ID>/parts, with <customer-tenant-id> as the tenant.',
    });
    expect(problems.filter((problem) => problem.code === 'tag-shaped-text')).toHaveLength(4);
  });

  it('keeps an <img> with Microsoft’s data-linktype as an image, and pairs a twin separated by a space', () => {
    expect(json).toContain('{"type":"image","src":"media/logo.png","alt":"Das Widget-Logo"}');
    expect(article.sentences).toContainEqual({ key: 'Separated', text: 'Getrennt', english: 'Separated' });
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'irregular-sxs-pair',
        line: 16,
        done: expect.stringMatching(/paired/),
      }),
    );
  });
});

describe('literal autolinks', () => {
  const { article } = parsed('literal-autolinks.md');
  const links = (blocks: readonly Block[]): { href: string; text: string }[] =>
    JSON.stringify(blocks)
      .match(/"type":"link","href":"[^"]*","children":\[\{"type":"text","value":"[^"]*"/g)
      ?.map((match) => {
        const [, href = '', text = ''] = /"href":"([^"]*)".*"value":"([^"]*)"/.exec(match) ?? [];
        return { href, text };
      }) ?? [];

  it('links bare URLs, www. addresses and e-mail addresses, without the sentence punctuation, not in code', () => {
    // Each link shows in the translation and in its English original: the German one is listed first.
    const distinct = [...new Map(links(article.blocks).map((link) => [link.href, link])).values()];
    expect(distinct).toEqual([
      { href: 'https://partner.example.com/widgets', text: 'https://partner.example.com/widgets' },
      { href: 'http://www.example.com/teile', text: 'www.example.com/teile' },
      { href: 'http://www.example.com/parts', text: 'www.example.com/parts' },
      { href: 'mailto:john.customer@contoso.com', text: 'john.customer@contoso.com' },
      { href: 'https://partner.example.com/commerce/*', text: 'https://partner.example.com/commerce/*' },
      { href: 'https://example.com/a', text: 'https://example.com/a' },
    ]);
  });

  it('keeps the English original of a sentence holding a link as its text', () => {
    expect(article.sentences.map((sentence) => sentence.english)).toContain(
      'Write to john.customer@contoso.com.',
    );
  });
});
