import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/pipeline/content-error';
import { parseArticleSource } from '../../../src/content/pipeline/parse-article';
import { plainTextOfBlocks } from '../../../src/content/pipeline/plain-text';
import { parseWithProblems } from './parse-with-problems';

const MALFORMED_DIR = fileURLToPath(new URL('../fixtures/malformed/', import.meta.url));

/** Parses a source that cannot be a page and returns the ContentError it must throw. */
function errorOf(source: string, file: string): ContentError {
  try {
    parseArticleSource(source, { slug: 'broken', locale: 'fr-fr', file });
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`${file} parsed without an error`);
}

function fixture(name: string): string {
  return readFileSync(MALFORMED_DIR + name, 'utf8');
}

function parsedFixture(name: string) {
  return parseWithProblems(fixture(name), { slug: 'broken', locale: 'fr-fr', file: `malformed/${name}` });
}

describe('parseArticleSource on sources that cannot be a page', () => {
  it.each([
    ['unclosed-front-matter.md', 1, /front matter opened with "---" on line 1 is never closed/],
    ['yaml-syntax-error.md', 4, /invalid YAML in front matter \(in "description", which starts on line 3\)/],
    ['missing-title.md', 1, /front matter has no title/],
  ])('%s fails on line %i with a clear reason', (name, line, reason) => {
    const error = errorOf(fixture(name), `malformed/${name}`);
    expect(error.file).toBe(`malformed/${name}`);
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(reason);
    expect(error.message).toMatch(new RegExp(`^malformed/${name.replace('.', '\\.')}:${line}(:\\d+)?: `));
  });

  it('rejects a file with no front matter at all', () => {
    const error = errorOf('# Title\n', 'bare.md');
    expect(error.line).toBe(1);
    expect(error.reason).toMatch(/missing front matter/);
  });
});

describe('parseArticleSource on odd sources that still render', () => {
  it.each([
    ['invalid-date.md', 'invalid-date', 3, /invalid ms\.date "13\/45\/2021": expected MM\/DD\/YYYY/],
    ['missing-twin.md', 'irregular-sxs-pair', 7, /"bad00-104"> has no <span class="sxs-lookup"> twin/],
    [
      'mismatched-ids.md',
      'irregular-sxs-pair',
      8,
      /data-stu-id "bad00-105" does not match data-ttu-id "bad00-104"/,
    ],
    [
      'unclosed-span.md',
      'unclosed-span',
      7,
      /unclosed <span>: <span data-ttu-id="bad00-104"> has no matching <\/span>/,
    ],
    [
      'unterminated-span-tag.md',
      'broken-tag',
      7,
      /unclosed <span tag: .* is not valid HTML \(missing ">"\?\)/,
    ],
    ['unclosed-span-in-html-table.md', 'unclosed-span', 9, /no matching <\/span> inside its HTML block/],
    ['empty-english.md', 'irregular-sxs-pair', 7, /sentence "bad00-104" has an empty English original/],
    ['no-h1.md', 'no-h1', 5, /the article has no H1 heading/],
  ])('%s renders, with a %s warning on line %i', (name, code, line, what) => {
    const { problems } = parsedFixture(name);
    const problem = problems.find((candidate) => candidate.code === code);
    expect(problem).toMatchObject({ file: `malformed/${name}`, line, severity: 'warning' });
    expect(problem?.what).toMatch(what);
  });

  it('shows a translation without its twin as text, and pairs a twin whose id differs by position', () => {
    const missing = parsedFixture('missing-twin.md').article;
    expect(plainTextOfBlocks(missing.blocks)).toContain('Traduction seule sans original.');
    expect(missing.sentences.map((sentence) => sentence.key)).toEqual(['Title']);
    const mismatched = parsedFixture('mismatched-ids.md').article;
    expect(mismatched.sentences.map((sentence) => [sentence.text, sentence.english])).toContainEqual([
      'Traduction',
      'Translation',
    ]);
  });

  it('recovers the English original of a span left open before its twin, and the text after it', () => {
    const source = fixture('unclosed-span.md').replace(/\n*$/, ' Suite.\n');
    const { article } = parseWithProblems(source);
    expect(article.sentences.map((sentence) => [sentence.text, sentence.english])).toContainEqual([
      'Traduction',
      'Translation',
    ]);
    expect(plainTextOfBlocks(article.blocks)).toContain('Texte Traduction Suite.');
  });

  it('drops a broken tag and an empty original, keeping the text a reader needs', () => {
    expect(plainTextOfBlocks(parsedFixture('unterminated-span-tag.md').article.blocks)).not.toContain(
      '<span',
    );
    const empty = parsedFixture('empty-english.md').article;
    expect(plainTextOfBlocks(empty.blocks)).toContain('Traduction');
    expect(empty.sentences.map((sentence) => sentence.key)).toEqual(['Title']);
  });

  it('gives an article without a valid date no date, and one without H1 its front matter title', () => {
    expect(parsedFixture('invalid-date.md').article.date).toBeNull();
    expect(parsedFixture('no-h1.md').article.title).not.toBe('');
  });

  it('reports the column of a span problem', () => {
    const { problems } = parsedFixture('mismatched-ids.md');
    expect(problems.find((problem) => problem.code === 'irregular-sxs-pair')?.column).toBe(73);
    const unclosed = parsedFixture('unclosed-span.md').problems;
    expect(unclosed.find((problem) => problem.code === 'unclosed-span')?.column).toBe(7);
  });

  it('counts lines of the original file even when it has CRLF and lone CR endings', () => {
    const mixed = fixture('mismatched-ids.md')
      .split('\n')
      .map((line, index) => line + (index % 2 === 0 ? '\r\n' : '\r'))
      .join('');
    expect(parseWithProblems(mixed).problems[0]?.line).toBe(8);
  });

  it('leaves out an sxs-lookup span that follows no translation span, with a warning', () => {
    const source = [
      '---',
      'title: T',
      '---',
      '# Title',
      '',
      'Text <span class="sxs-lookup"><span data-stu-id="a-1">Original</span></span>',
      '',
    ].join('\n');
    const { article, problems } = parseWithProblems(source);
    expect(plainTextOfBlocks(article.blocks)).not.toContain('Original');
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 6, what: expect.stringMatching(/sxs-lookup.*follows no/) }),
    );
  });

  it('points a span problem inside a span-wrapped front matter value at the key line', () => {
    const source = [
      '---',
      'ms.topic: article',
      'title: "<span data-ttu-id=\\"a-101\\">Titre</span> sans original"',
      '---',
      '# Title',
      '',
    ].join('\n');
    const { article, problems } = parseWithProblems(source);
    expect(article.title).toBe('Titre sans original');
    expect(problems).toContainEqual(expect.objectContaining({ code: 'irregular-sxs-pair', line: 3 }));
  });
});
