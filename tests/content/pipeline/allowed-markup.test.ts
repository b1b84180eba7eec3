import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/pipeline/content-error';
import { parseArticleSource } from '../../../src/content/pipeline/parse-article';
import { parseWithProblems } from './parse-with-problems';

const CANONICAL = readFileSync(
  fileURLToPath(new URL('../fixtures/valid/canonical.md', import.meta.url)),
  'utf8',
);
/** Line numbers below count from here: the lines are appended after the canonical fixture and a blank line. */
const FIRST_ADDED_LINE = CANONICAL.replace(/\n$/, '').split('\n').length + 2;

function withLines(...lines: string[]): string {
  return `${CANONICAL.replace(/\n$/, '')}\n\n${lines.join('\n')}\n`;
}

function errorOf(source: string): ContentError {
  try {
    parseArticleSource(source, { slug: 'widgets', locale: 'zh-cn', file: 'widgets/zh-cn.md' });
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('parsed without an error');
}

describe('what a source file may contain', () => {
  it.each([
    [
      'a <script> block',
      '<script>alert(1)</script>',
      'removed-element',
      /<script> is not allowed/,
      'alert(1)',
    ],
    ['an inline <script>', 'Text <script>alert(1)</script> more.', 'removed-element', /<script>/, 'alert(1)'],
    [
      'an <iframe>',
      '<iframe src="https://example.com/"></iframe>',
      'removed-element',
      /<iframe>/,
      'example.com',
    ],
    ['a <style> element', '<style>body { display: none }</style>', 'removed-element', /<style>/, 'display'],
    [
      'an on…= attribute',
      'Look <img src="x.png" alt="X" onerror="alert(1)"> here.',
      'removed-attribute',
      /the attribute onerror= on <img>/,
      'alert(1)',
    ],
    [
      'an onclick on a span',
      '<span onclick="alert(1)">Click</span>',
      'removed-attribute',
      /onclick= on <span>/,
      'alert(1)',
    ],
    [
      'a style attribute',
      '<span style="color: red">Red</span>',
      'removed-attribute',
      /style= on <span>/,
      'color',
    ],
    [
      'an unknown attribute',
      '<a href="#x" target="_blank">x</a>',
      'removed-attribute',
      /target= on <a>/,
      '_blank',
    ],
    [
      'a javascript: markdown link',
      '[Click](javascript:alert(1))',
      'unsafe-url',
      /the link "javascript:alert\(1\)" is not allowed/,
      'javascript',
    ],
    [
      'a javascript: HTML link',
      '<a href="JavaScript:alert(1)">x</a>',
      'unsafe-url',
      /"JavaScript:alert/,
      'alert',
    ],
    [
      'an entity-encoded javascript: link',
      '<a href="&#106;avascript:alert(1)">x</a>',
      'unsafe-url',
      /the link "javascript:/,
      'alert',
    ],
    [
      'a javascript: link with a tab inside',
      '<a href="java&#9;script:alert(1)">x</a>',
      'unsafe-url',
      /link/,
      'alert',
    ],
    ['a data: link', '[x](data:text/html,<b>x</b>)', 'unsafe-url', /the link "data:text\/html/, 'data:'],
    [
      'a third-party markdown image',
      '![Logo](https://example.com/logo.png)',
      'unsafe-url',
      /the image source "https:\/\/example\.com\/logo\.png"/,
      'example.com',
    ],
    [
      'a protocol-relative <img>',
      '<img src="//example.com/logo.png" alt="x">',
      'unsafe-url',
      /the image source "\/\/example\.com/,
      'example.com',
    ],
    [
      'a third-party :::image',
      ':::image type="content" source="https://example.com/a.png" alt-text="A":::',
      'unsafe-url',
      /the image source "https:/,
      'example.com',
    ],
  ])('removes %s and reports it at its line', (_, line, code, what, removed) => {
    const { article, problems } = parseWithProblems(withLines(line));
    expect(JSON.stringify(article.blocks)).not.toContain(removed);
    const problem = problems.find((candidate) => candidate.code === code);
    expect(problem).toMatchObject({ file: 'widgets/zh-cn.md', line: FIRST_ADDED_LINE, severity: 'warning' });
    expect(problem?.what).toMatch(what);
  });

  it('keeps the text around a removed script, and a link whose URL was removed as its text', () => {
    const { article } = parseWithProblems(
      withLines('Before <script>alert(1)</script> after [Click](javascript:x).'),
    );
    const last = article.blocks[article.blocks.length - 1];
    expect(last).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Before  after Click.' }] });
  });

  it('removes a forbidden element inside front matter spans, reported at its key line', () => {
    const source = CANONICAL.replace(
      'title: 小部件的使用准则',
      'title: "<span data-ttu-id=\\"a-1\\">标题<script>x</script></span><span class=\\"sxs-lookup\\"><span data-stu-id=\\"a-1\\">Title</span></span>"',
    );
    const { article, problems } = parseWithProblems(source);
    expect(article.title).toBe('标题');
    expect(problems).toContainEqual(expect.objectContaining({ code: 'removed-element', line: 2 }));
  });

  it('keeps http(s), relative and #anchor links and site images', () => {
    const article = parseArticleSource(
      withLines(
        '[Web](https://example.com/a) [Plain](http://example.com/) [Page](other-article.md#part) [Here](#next-steps)',
        '',
        '![Figure](media/figure.png)',
      ),
      { slug: 'widgets', locale: 'zh-cn', file: 'widgets/zh-cn.md' },
    );
    const hrefs = JSON.stringify(article.blocks).match(/"href":"[^"]*"/g);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '"href":"https://example.com/a"',
        '"href":"http://example.com/"',
        '"href":"other-article.md#part"',
        '"href":"#next-steps"',
      ]),
    );
    expect(article.blocks).toContainEqual({ type: 'image', src: 'media/figure.png', alt: 'Figure' });
  });
});

describe('text that is not text', () => {
  it.each([
    ['U+FFFD', 'Broken \uFFFD bytes.', 8, /U\+FFFD/],
    ['a NUL byte', 'A \u0000 byte.', 3, /control character U\+0000/],
    ['a C1 control', 'Odd \u0085 char.', 5, /control character U\+0085/],
    ['an escape character', 'Esc \u001b[31m', 5, /control character U\+001B/],
  ])('fails on %s with its line and column', (_, text, column, reason) => {
    const error = errorOf(withLines(text));
    expect(error.line).toBe(FIRST_ADDED_LINE);
    expect(error.column).toBe(column);
    expect(error.reason).toMatch(reason);
  });

  it('fails on random bytes after a valid header, decoded as UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(CANONICAL), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x00, 0x81])]);
    const error = errorOf(bytes.toString('utf8'));
    expect(error.line).toBe(CANONICAL.replace(/\n$/, '').split('\n').length + 1);
    expect(error.reason).toMatch(/U\+FFFD/);
  });
});
