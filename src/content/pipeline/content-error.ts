export interface ContentErrorDetails {
  /** The article source (or folder) the problem is in. */
  file: string;
  /** 1-based line in the original file, or null when the problem is not tied to a line. */
  line?: number | null;
  /** 1-based column, or null when unknown. */
  column?: number | null;
  /** What is wrong, in words an author can act on. */
  reason: string;
}

/**
 * A content source that cannot be turned into an article. The build stops on it rather than shipping a
 * half-parsed page, so the message points at the exact place: `<file>:<line>:<column>: <reason>`.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly reason: string;

  constructor({ file, line = null, column = null, reason }: ContentErrorDetails) {
    super(formatLocation(file, line, column) + reason);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** `file:line:column: `, leaving out the parts that are unknown (`file: ` or `file:line: `). */
function formatLocation(file: string, line: number | null, column: number | null): string {
  if (line === null) return `${file}: `;
  if (column === null) return `${file}:${line}: `;
  return `${file}:${line}:${column}: `;
}
