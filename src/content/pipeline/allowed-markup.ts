/**
 * What a source file may contain besides text: a fixed set of elements and attributes (what markdown makes,
 * and the HTML that Microsoft's localized files use: sxs spans, anchors, tables, line breaks), links only to
 * `http(s):`, relative URLs and `#anchors`, and images only from the site itself. Anything else fails the
 * build at its line, so a translator's slip or a hostile file never ships silently changed: the model holds no
 * raw HTML, but a `<script>` that was dropped would still be content that someone meant to publish.
 *
 * Images from other origins fail too (rather than being dropped with a warning): the site's CSP is
 * `default-src 'self'`, so they would never load, and an article that silently loses a figure is wrong.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastRootContent } from 'hast';
import { fail, type Positioned, type Walk } from './source-walk';

// prettier-ignore
const ALLOWED_ELEMENTS = new Set([
  // What markdown (CommonMark + GFM) produces.
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'hr', 'br',
  'a', 'img', 'strong', 'em', 'del', 'input', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  // Inline HTML seen in the localized sources, and its harmless relatives.
  'span', 'b', 'i', 's', 'strike', 'sub', 'sup', 'div', 'caption', 'tfoot', 'col', 'colgroup',
]);

/** hast property names (`data-ttu-id` is `dataTtuId`, `rowspan` is `rowSpan`). */
// prettier-ignore
const ALLOWED_ATTRIBUTES = new Set([
  'className', 'id', 'name', 'href', 'src', 'alt', 'title', 'width', 'height', 'align', 'vAlign',
  'rowSpan', 'colSpan', 'span', 'start', 'lang', 'dir', 'dataTtuId', 'dataStuId',
  // GFM task-list checkboxes.
  'type', 'checked', 'disabled',
]);

/** `javascript:`, `data:`, `vbscript:` … — browsers ignore tabs and newlines inside a scheme. */
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

export function assertAllowedMarkup(tree: HastRoot, walk: Walk): void {
  for (const node of tree.children) checkNode(node, walk);
}

function checkNode(node: HastRootContent | ElementContent, walk: Walk): void {
  if (node.type !== 'element') return;
  checkElement(node, walk);
  for (const child of node.children) checkNode(child, walk);
}

function checkElement(element: Element, walk: Walk): void {
  const tag = element.tagName;
  if (!ALLOWED_ELEMENTS.has(tag)) {
    fail(walk, element, `<${tag}> is not allowed in an article source (only text, markdown and simple HTML)`);
  }
  for (const [name, value] of Object.entries(element.properties)) {
    const attribute = attributeNameOf(name);
    if (/^on/i.test(name)) {
      fail(walk, element, `the event-handler attribute ${attribute}= on <${tag}> is not allowed`);
    }
    if (name === 'style') fail(walk, element, `the style attribute on <${tag}> is not allowed`);
    if (!ALLOWED_ATTRIBUTES.has(name)) {
      fail(walk, element, `the attribute ${attribute}= on <${tag}> is not allowed`);
    }
    if (tag === 'a' && name === 'href') checkLinkTarget(String(value ?? ''), element, walk);
    if (tag === 'img' && name === 'src') checkImageSource(String(value ?? ''), element, walk);
  }
}

/** Links go to the web (`http:`, `https:`), elsewhere on the site (relative) or within the page (`#…`). */
export function checkLinkTarget(href: string, node: Positioned, walk: Walk): void {
  const scheme = schemeOf(href);
  if (scheme === null || scheme === 'http' || scheme === 'https') return;
  fail(walk, node, `the link "${shown(href)}" is not allowed: links must be http(s):, relative or #anchors`);
}

/** Images are files of the site: relative URLs only (the CSP would block any other origin). */
export function checkImageSource(src: string, node: Positioned, walk: Walk): void {
  const cleaned = withoutIgnoredCharacters(src);
  if (schemeOf(src) === null && !cleaned.startsWith('//')) return;
  fail(
    walk,
    node,
    `the image "${shown(src)}" is not allowed: images must be files of the site (a relative path), ` +
      `since the site's Content-Security-Policy loads none from other origins`,
  );
}

function schemeOf(url: string): string | null {
  return SCHEME.exec(withoutIgnoredCharacters(url))?.[1]?.toLowerCase() ?? null;
}

/** What URL parsers skip: leading and trailing C0 controls and spaces, and tabs/newlines anywhere. */
function withoutIgnoredCharacters(url: string): string {
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''); // eslint-disable-line no-control-regex
}

/** `dataTtuId` → `data-ttu-id`, `onClick` → `onclick`: the attribute as the author wrote it. */
function attributeNameOf(property: string): string {
  if (/^on/i.test(property)) return property.toLowerCase();
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
