import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/pipeline/content-error';
import { parseArticleSource } from '../../../src/content/pipeline/parse-article';

const MALFORMED_DIR = fileURLToPath(new URL('../fixtures/malformed/', import.meta.url));

/** Parses a malformed fixture and returns the ContentError it must throw. */
function errorOf(source: string, file: string): ContentError {
  try {
    parseArticleSource(source, { slug: 'broken', locale: 'fr-fr', file });
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`${file} parsed without an error`);
}

function fixtureError(name: string): ContentError {
  return errorOf(readFileSync(MALFORMED_DIR + name, 'utf8'), `malformed/${name}`);
}

describe('parseArticleSource on malformed sources', () => {
  it.each([
    ['unclosed-front-matter.md', 1, /front matter opened with "---" on line 1 is never closed/],
    ['yaml-syntax-error.md', 4, /invalid YAML in front matter \(in "description", which starts on line 3\)/],
    ['missing-title.md', 1, /front matter has no title/],
    ['invalid-date.md', 3, /invalid ms\.date "13\/45\/2021": expected MM\/DD\/YYYY/],
    [
      'missing-twin.md',
      7,
      /<span data-ttu-id="bad00-104"> is not directly followed by its <span class="sxs-lookup"> twin/,
    ],
    ['mismatched-ids.md', 8, /data-stu-id "bad00-105" does not match data-ttu-id "bad00-104"/],
    ['unclosed-span.md', 7, /unclosed <span>: <span data-ttu-id="bad00-104"> has no matching <\/span>/],
    ['unterminated-span-tag.md', 7, /unclosed <span tag: .* is not valid HTML \(missing ">"\?\)/],
    [
      'unclosed-span-in-html-table.md',
      9,
      /unclosed <span>: it has no matching <\/span> inside its HTML block/,
    ],
    ['empty-english.md', 7, /sentence "bad00-104" has an empty English original/],
    ['no-h1.md', 5, /the article has no H1 heading/],
  ])('%s fails on line %i with a clear reason', (name, line, reason) => {
    const error = fixtureError(name);
    expect(error.file).toBe(`malformed/${name}`);
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(reason);
    expect(error.message).toMatch(new RegExp(`^malformed/${name.replace('.', '\\.')}:${line}(:\\d+)?: `));
  });

  it('reports the column of a span problem', () => {
    expect(fixtureError('mismatched-ids.md').column).toBe(73);
    expect(fixtureError('unclosed-span.md').column).toBe(7);
  });

  it('counts lines of the original file even when it has CRLF and lone CR endings', () => {
    const source = readFileSync(MALFORMED_DIR + 'mismatched-ids.md', 'utf8');
    const mixed = source
      .split('\n')
      .map((line, index) => line + (index % 2 === 0 ? '\r\n' : '\r'))
      .join('');
    expect(errorOf(mixed, 'mixed.md').line).toBe(8);
  });

  it('rejects an sxs-lookup span that follows no translation span', () => {
    const source = [
      '---',
      'title: T',
      '---',
      '# Title',
      '',
      'Text <span class="sxs-lookup"><span data-stu-id="a-1">Text</span></span>',
      '',
    ].join('\n');
    const error = errorOf(source, 'orphan.md');
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/sxs-lookup.*must directly follow/);
  });

  it('rejects a file with no front matter at all', () => {
    const error = errorOf('# Title\n', 'bare.md');
    expect(error.line).toBe(1);
    expect(error.reason).toMatch(/missing front matter/);
  });

  it('points a span error inside a span-wrapped front matter value at the key line', () => {
    const source = [
      '---',
      'ms.topic: article',
      'title: "<span data-ttu-id=\\"a-101\\">Titre</span> sans original"',
      '---',
      '# Title',
      '',
    ].join('\n');
    const error = errorOf(source, 'front.md');
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/not directly followed by its <span class="sxs-lookup"> twin/);
  });
});
