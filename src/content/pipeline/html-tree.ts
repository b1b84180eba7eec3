/**
 * From a parsed markdown tree to the HTML tree the walk reads: the checks and rewrites that need the
 * markdown tree (span balance, tag-shaped prose, docs directives), then remark-rehype + rehype-raw, then the
 * sanitizer. Shared by the body, front matter values and FAQ answers.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { sanitizeArticleTree } from './allowed-markup';
import { expandDirectives } from './directives';
import { toHtmlTree } from './markdown-trees';
import type { Walk } from './source-walk';
import { reportUnclosedSpans } from './span-balance';
import { escapeTagShapedText } from './tag-shaped-text';

export function htmlTreeOf(tree: MdastRoot, walk: Walk): HastRoot {
  reportUnclosedSpans(tree, walk);
  escapeTagShapedText(tree, walk);
  expandDirectives(tree, walk);
  return sanitizeArticleTree(toHtmlTree(tree), walk);
}
