/**
 * The state of one walk over an article source, and how the walk reports: a `ContentError` (thrown) when the
 * file cannot be read as a page at all, a warning (reported, the walk goes on) for everything it renders
 * differently or removes. Both point at a line (and, where the parser knows it, a column) of the original file.
 */
import type { Element, ElementContent } from 'hast';
import type { ArticleSentence } from '../../domain/article';
import { ContentError } from './content-error';
import type { ReportProblem } from './content-problem';

export interface Walk {
  file: string;
  /** The (normalized) text the positions refer to; used to read directive attributes verbatim. */
  source: string;
  /** Added to parser lines: front matter values are parsed on their own, starting at their key's line. */
  lineOffset: number;
  knowsColumns: boolean;
  /** Every sentence met so far, in document order. */
  sentences: ArticleSentence[];
  report: ReportProblem;
  /** The inline content of the block being read: where a separated sxs twin is looked for. */
  scope?: readonly ElementContent[];
  /** sxs-lookup twins already paired with a translation found away from them. */
  pairedTwins?: Set<Element>;
}

export interface Positioned {
  position?: { start: { line: number; column: number; offset?: number | undefined } } | undefined;
}

/** Reports nothing: what a caller that passes no `report` gets. */
export const ignoreProblems: ReportProblem = () => undefined;

export function failAt(walk: Walk, line: number | null, column: number | null, reason: string): never {
  throw new ContentError({ file: walk.file, line, column: walk.knowsColumns ? column : null, reason });
}

/** A warning: `what` is wrong, `done` is what the page shows instead. */
export function warn(
  walk: Walk,
  node: Positioned | undefined,
  code: string,
  what: string,
  done: string,
): void {
  const { line, column } = placeOf(walk, node);
  walk.report({ code, severity: 'warning', file: walk.file, line, column, what, done });
}

/** A warning at a known line of the original file (already offset), e.g. a front matter key's. */
export function warnAt(walk: Walk, line: number | null, code: string, what: string, done: string): void {
  walk.report({ code, severity: 'warning', file: walk.file, line, column: null, what, done });
}

function placeOf(walk: Walk, node: Positioned | undefined): { line: number | null; column: number | null } {
  const start = node?.position?.start;
  if (!start) return { line: walk.lineOffset === 0 ? null : walk.lineOffset + 1, column: null };
  return { line: start.line + walk.lineOffset, column: walk.knowsColumns ? start.column : null };
}

/** 1-based line and column of a character offset in `text`. */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

export function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
