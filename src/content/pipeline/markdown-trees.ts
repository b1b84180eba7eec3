/**
 * From source text to trees: the normalization that makes invisible variations parse alike, remark (+ gfm,
 * frontmatter) for the markdown tree, remark-rehype + rehype-raw for the HTML tree the walk reads, and
 * small readers of that HTML tree.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastRootContent } from 'hast';
import type { Image as MdastImage, Link, Root as MdastRoot } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { combineExtensions } from 'micromark-util-combine-extensions';
import rehypeRaw from 'rehype-raw';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';

/**
 * Makes invisible variations parse like a clean file without moving any line: every line ending (CRLF, CR,
 * LF) becomes LF, lines holding only spaces/tabs/NBSP become empty (an NBSP-only line is not blank to
 * CommonMark and would glue paragraphs together), and a trailing whitespace run containing an NBSP is
 * dropped. Plain trailing spaces are kept: two of them before a continuation line are a hard break.
 */
export function normalizeSource(source: string): string {
  return source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => (/^[ \t\u00a0]*$/.test(line) ? '' : line.replace(/[ \t\u00a0]*\u00a0[ \t\u00a0]*$/, '')))
    .join('\n');
}

/**
 * GFM as remark-gfm adds it, except literal autolinks (`https://…`, `www.…`, emails): those are found in the
 * text nodes after parsing, by the same package's tree transform (part of `gfmFromMarkdown`), rather than by
 * its tokenizer, which tries every letter of the source and cost a fifth of the parse time on the real
 * corpus. The links found are the same but in 3 of 904 real files (a `\*` right after a URL: the transform
 * reads it as the escaped `*` it is).
 */
function remarkGfmTransformedAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(
    // `singleTilde: false`: only `~~x~~` is strikethrough, as on docs.microsoft.com; a lone `~` stays text.
    combineExtensions([
      gfmFootnote(),
      gfmStrikethrough({ singleTilde: false }),
      gfmTable(),
      gfmTaskListItem(),
    ]),
  );
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

export const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmTransformedAutolinks);
// Links and images keep their URL as written (the default handlers percent-encode it).
const markdownToHtmlTree = unified()
  .use(remarkRehype, {
    allowDangerousHtml: true,
    handlers: {
      link: (state, node: Link) => {
        const result: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: node.url },
          children: state.all(node),
        };
        state.patch(node, result);
        return state.applyData(node, result);
      },
      image: (state, node: MdastImage) => {
        const result: Element = {
          type: 'element',
          tagName: 'img',
          properties: { src: node.url, alt: node.alt ?? '' },
          children: [],
        };
        state.patch(node, result);
        return state.applyData(node, result);
      },
    },
  })
  .use(rehypeRaw);

export function toHtmlTree(tree: MdastRoot): HastRoot {
  return markdownToHtmlTree.runSync(tree);
}

export function isElement(
  node: HastRootContent | ElementContent | undefined,
  tagName?: string,
): node is Element {
  return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

export function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function classNamesOf(element: Element): string[] {
  const value: unknown = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

export function textContentOf(node: HastRootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textContentOf).join('');
  return '';
}
