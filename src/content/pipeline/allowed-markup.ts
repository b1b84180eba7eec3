/**
 * What a source file may contain besides text, as a `hast-util-sanitize` schema: what markdown makes, and
 * the HTML Microsoft's localized files use (sxs spans, anchors, tables, line breaks); links only to
 * `http(s):`, `mailto:`, `tel:`, relative URLs and `#anchors`. The sanitizer removes the rest (scripts with
 * their content, event handlers, `style`, `javascript:` and `data:` URLs; other elements are unwrapped to
 * their content), and every removal is reported at its line, so an author learns what the page lost.
 *
 * The model holds no raw HTML: this is what the walk reads, so nothing outside the schema reaches it.
 */
import type {
  Element,
  ElementContent,
  Properties,
  Root as HastRoot,
  RootContent as HastRootContent,
} from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { snippet, warn, type Walk } from './source-walk';

/** Removed with their content: what they hold is code, styles or fallbacks, never article text. */
// prettier-ignore
const STRIPPED = [
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript',
  'noembed', 'noframes', 'textarea', 'select', 'svg', 'math', 'title', 'xmp', 'plaintext', 'canvas',
  'audio', 'video', 'head',
];

// prettier-ignore
export const ARTICLE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [
    // What markdown (CommonMark + GFM) produces; `figure` wraps a `:::image` directive.
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'hr', 'br',
    'a', 'img', 'strong', 'em', 'del', 'input', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure',
    // Inline HTML seen in the localized sources, and its harmless relatives.
    'span', 'b', 'i', 's', 'strike', 'sub', 'sup', 'div', 'caption', 'tfoot', 'col', 'colgroup',
  ],
  strip: STRIPPED,
  attributes: {
    // The sxs segment: `<span data-ttu-id>` + `<span class="sxs-lookup"><span data-stu-id>`.
    span: ['dataTtuId', 'dataStuId'],
    a: ['href'],
    // Images are files of the site (a relative path): the CSP would load none from another origin.
    img: [['src', /^(?![\s\p{Cc}]*(?:[a-z][a-z\d+.-]*:|\/\/|\\))/iu], 'alt'],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
    // Presentational attributes the walk ignores; `data-linktype` is Microsoft's own, on older links/images.
    '*': [
      'className', 'id', 'name', 'title', 'lang', 'dir', 'align', 'vAlign', 'width', 'height', 'border',
      'rowSpan', 'colSpan', 'span', 'start', 'dataLinktype',
    ],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['https'] },
  // Ids and names are read into the model as anchors, never written back as HTML.
  clobber: [],
  required: { input: { type: 'checkbox', disabled: true } },
};

const STRIPPED_SET = new Set(STRIPPED);

/** The tree as the schema allows it, with each removal reported. */
export function sanitizeArticleTree(tree: HastRoot, walk: Walk): HastRoot {
  const clean = sanitize(tree, ARTICLE_SCHEMA) as HastRoot;
  // The sanitizer only removes: the same number of elements and attributes means nothing was removed, and
  // the keyed comparison below (the costlier part) is needed only for the few files that lost something.
  if (sizeOf(clean.children) === sizeOf(tree.children)) return clean;
  const kept = new Map<string, Element>();
  collectElements(clean.children, (element, key) => kept.set(key, element));
  collectElements(tree.children, (element, key) => reportRemoval(element, kept.get(key), walk));
  return clean;
}

/** Elements plus their attributes, the way the sanitizer counts what it keeps. */
function sizeOf(nodes: readonly (HastRootContent | ElementContent)[]): number {
  let size = 0;
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    size += 1 + Object.keys(node.properties).length + sizeOf(node.children);
  }
  return size;
}

/** Elements with a source position, keyed by tag and offset (the sanitizer keeps positions). */
function collectElements(
  nodes: readonly (HastRootContent | ElementContent)[],
  visit: (element: Element, key: string) => void,
): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const offset = node.position?.start.offset;
    if (offset !== undefined) visit(node, `${node.tagName}@${offset}`);
    // A stripped element's content is gone with it: one report for the element is enough.
    if (!STRIPPED_SET.has(node.tagName)) collectElements(node.children, visit);
  }
}

function reportRemoval(element: Element, kept: Element | undefined, walk: Walk): void {
  const tag = element.tagName;
  if (!kept) {
    if (STRIPPED_SET.has(tag)) {
      warn(
        walk,
        element,
        'removed-element',
        `<${tag}> is not allowed in an article`,
        'removed with its content',
      );
    } else {
      warn(walk, element, 'unwrapped-element', `<${tag}> is not article markup`, 'unwrapped to its content');
    }
    return;
  }
  for (const [name, value] of Object.entries(element.properties)) {
    if (name in kept.properties) continue;
    reportAttribute(element, name, value, walk);
  }
}

function reportAttribute(element: Element, name: string, value: Properties[string], walk: Walk): void {
  const tag = element.tagName;
  if ((name === 'href' || name === 'src') && typeof value === 'string') {
    const [what, done] =
      name === 'href'
        ? [
            `the link "${snippet(value)}" is not allowed: only http(s), mailto, tel, relative and #anchor links`,
            'link removed, its text kept',
          ]
        : [
            `the image source "${snippet(value)}" is not allowed: images are files of the site (a relative path)`,
            'shown by its alt text',
          ];
    warn(walk, element, 'unsafe-url', what, done);
    return;
  }
  const attribute = /^on/i.test(name)
    ? name.toLowerCase()
    : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  warn(
    walk,
    element,
    'removed-attribute',
    `the attribute ${attribute}= on <${tag}> is not allowed`,
    'removed',
  );
}
