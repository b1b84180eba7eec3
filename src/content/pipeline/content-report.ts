/**
 * The build's one report of what it found in the content: every problem as `file:line:column: what —
 * what was done`, grouped by kind with counts, and a last line `N pages from M files, W warnings, S files
 * skipped`. With `CONTENT_STRICT=1` any problem fails the build (for authors' CI).
 */
import path from 'node:path';
import { compareCodeUnits } from './content-layout';
import { formatProblem, type ContentProblem } from './content-problem';

export interface ContentFigures {
  pages: number;
  files: number;
  problems: readonly ContentProblem[];
}

export function summaryLineOf({ pages, files, problems }: ContentFigures): string {
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  const skipped = skippedFilesOf(problems).length;
  return `${pages} pages from ${files} files, ${warnings} warnings, ${skipped} files skipped`;
}

/** Paths are shown relative to `cwd` when they are inside it. */
export function formatContentReport(figures: ContentFigures, cwd = process.cwd()): string {
  const shown = (file: string) => {
    const relative = path.relative(cwd, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  };
  const groups = new Map<string, ContentProblem[]>();
  for (const problem of figures.problems) {
    groups.set(problem.code, [
      ...(groups.get(problem.code) ?? []),
      { ...problem, file: shown(problem.file) },
    ]);
  }
  const lines: string[] = [];
  for (const code of [...groups.keys()].sort(compareCodeUnits)) {
    const group = (groups.get(code) ?? []).sort(
      (a, b) =>
        compareCodeUnits(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0),
    );
    lines.push(`${code}: ${countsOf(group)}`, ...group.map((problem) => `  ${formatProblem(problem)}`));
  }
  lines.push(summaryLineOf(figures));
  return lines.join('\n');
}

/** Why a strict build fails, or null when it may go on. */
export function strictFailureOf(figures: ContentFigures): string | null {
  if (figures.problems.length === 0) return null;
  return `CONTENT_STRICT=1: the content has problems (${summaryLineOf(figures)}); see the report above`;
}

export function isStrict(env: Record<string, string | undefined> = process.env): boolean {
  return env.CONTENT_STRICT === '1' || env.CONTENT_STRICT === 'true';
}

function skippedFilesOf(problems: readonly ContentProblem[]): string[] {
  return [...new Set(problems.filter((problem) => problem.severity === 'skip').map(({ file }) => file))];
}

function countsOf(group: readonly ContentProblem[]): string {
  const warnings = group.filter((problem) => problem.severity === 'warning').length;
  const skipped = skippedFilesOf(group).length;
  return [
    warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
    skipped > 0 ? `${skipped} ${skipped === 1 ? 'file' : 'files'} skipped` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
