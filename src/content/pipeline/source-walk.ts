/**
 * The state of one walk over an article source, and how the walk fails: every error is a `ContentError`
 * at a line (and, where the parser knows it, a column) of the original file.
 */
import type { ArticleSentence } from '../../domain/article';
import { ContentError } from './content-error';

export interface Walk {
  file: string;
  /** The (normalized) text the positions refer to; used to read `:::image` attributes verbatim. */
  source: string;
  /** Added to parser lines: front matter values are parsed on their own, starting at their key's line. */
  lineOffset: number;
  knowsColumns: boolean;
  /** Every sentence met so far, in document order. */
  sentences: ArticleSentence[];
}

export interface Positioned {
  position?: { start: { line: number; column: number; offset?: number | undefined } } | undefined;
}

export function failAt(walk: Walk, line: number | null, column: number | null, reason: string): never {
  throw new ContentError({ file: walk.file, line, column: walk.knowsColumns ? column : null, reason });
}

export function fail(walk: Walk, node: Positioned | undefined, reason: string): never {
  const start = node?.position?.start;
  if (!start) return failAt(walk, walk.lineOffset === 0 ? null : walk.lineOffset + 1, null, reason);
  return failAt(walk, start.line + walk.lineOffset, start.column, reason);
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
