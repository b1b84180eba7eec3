import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/domain/article';
import { plainTextOf } from '../../../src/domain/article-text';
import type { ContentProblem } from '../../../src/content/pipeline/content-problem';
import { ContentError } from '../../../src/content/pipeline/content-error';
import { parseFaqSource } from '../../../src/content/pipeline/parse-faq';

const FAQ = readFileSync(fileURLToPath(new URL('../fixtures/valid/faq.yml', import.meta.url)), 'utf8');
const OPTIONS = { slug: 'widget-faq', locale: 'de-de', file: 'widget-faq/de-de.yml' };

function headings(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'heading' ? [`h${block.depth} ${plainTextOf(block.children)}`] : [],
  );
}

describe('parseFaqSource', () => {
  const problems: ContentProblem[] = [];
  const article = parseFaqSource(FAQ, { ...OPTIONS, report: (problem) => problems.push(problem) });

  it('reads the metadata as an article’s front matter', () => {
    expect(article).toMatchObject({
      slug: 'widget-faq',
      locale: 'de-de',
      title: 'Widget questions',
      description: 'Answers about widgets.',
      date: '2021-03-14',
      translation: 'machine',
      sourceVersion: '0123abcd',
    });
  });

  it('shows the page title, then each section and its questions as headings, in order', () => {
    expect(headings(article.blocks)).toEqual([
      'h1 Widget questions (FAQ)',
      'h2 Basics',
      'h3 What is a widget?',
      'h3 How do I clean one?',
      'h2 Billing',
      'h3 Who pays?',
    ]);
  });

  it('renders summary and answers as markdown, their sxs segments as sentences of the article', () => {
    const json = JSON.stringify(article.blocks);
    expect(json).toContain('{"type":"strong","children":[{"type":"text","value":"widgets"}]}');
    expect(json).toContain('"href":"widget-setup.md"');
    expect(json).toContain('"href":"mailto:billing@example.com"');
    expect(article.sentences).toEqual([
      {
        key: 'A widget is a small part.',
        text: 'Ein Widget ist ein kleines Teil.',
        english: 'A widget is a small part.',
      },
    ]);
    expect(problems).toEqual([]);
  });

  it('reports a problem inside an answer at the answer’s line of the file', () => {
    const source = FAQ.replace('Wipe it with a dry cloth.', 'Wipe it <script>x()</script> dry.');
    const found: ContentProblem[] = [];
    const parsed = parseFaqSource(source, { ...OPTIONS, report: (problem) => found.push(problem) });
    expect(JSON.stringify(parsed.blocks)).not.toContain('x()');
    expect(found).toEqual([expect.objectContaining({ code: 'removed-element', line: 21 })]);
  });

  it('cannot read a page without the FAQ header or a title', () => {
    expect(() => parseFaqSource('title: x\n', OPTIONS)).toThrow(ContentError);
    expect(() => parseFaqSource('### YamlMime:FAQ\nsummary: Hello\n', OPTIONS)).toThrow(/has no title/);
  });
});
