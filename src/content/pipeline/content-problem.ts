/**
 * What a build found in its sources and what it did about it. A build reads every file, collects these and
 * prints them all at once (`file:line:column: what — what was done`), grouped by `code`; nothing that can
 * still render is stopped by one. Only a `skip` leaves a file out of the site.
 */
export type ContentProblemSeverity = 'warning' | 'skip';

export interface ContentProblem {
  /** Stable, kebab-case kind of problem (`mailto-link`, `irregular-sxs-pair`, `not-utf8`): the report's group. */
  code: string;
  severity: ContentProblemSeverity;
  /** The source file (or folder) the problem is in, as given to the parser. */
  file: string;
  /** 1-based line in the original file, or null when the problem is not tied to a line. */
  line: number | null;
  /** 1-based column, or null when unknown. */
  column: number | null;
  /** What is wrong, in words an author can act on. */
  what: string;
  /** What the build did about it (`unwrapped to its text`, `file skipped`). */
  done: string;
}

/** Receives each problem as it is found; parsers never print. */
export type ReportProblem = (problem: ContentProblem) => void;

/** `file:line:column: what — done`, leaving out the parts of the place that are unknown. */
export function formatProblem(problem: ContentProblem): string {
  const place =
    problem.line === null
      ? problem.file
      : problem.column === null
        ? `${problem.file}:${problem.line}`
        : `${problem.file}:${problem.line}:${problem.column}`;
  return `${place}: ${problem.what} — ${problem.done}`;
}
