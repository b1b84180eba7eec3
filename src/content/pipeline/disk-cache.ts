/**
 * Parsed sources on disk, one JSON file per content hash inside a folder per parser version, so that a
 * rebuild (or the next `npm run build`) parses only the files that changed, and a parser change starts
 * afresh. A broken or unreadable entry is a miss.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedSource } from './read-source';

interface Entry {
  /** The path the problems name: the same bytes elsewhere (another checkout) get their own path. */
  file: string;
  parsed: ParsedSource;
}

export function readCachedParse(folder: string, hash: string, file: string): ParsedSource | null {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(path.join(folder, `${hash}.json`), 'utf8')) as Entry;
  } catch {
    return null;
  }
  const problems = entry.parsed.problems.map((problem) =>
    problem.file === entry.file ? { ...problem, file } : problem,
  );
  return { article: entry.parsed.article, problems };
}

export function writeCachedParse(folder: string, hash: string, file: string, parsed: ParsedSource): void {
  mkdirSync(folder, { recursive: true });
  const target = path.join(folder, `${hash}.json`);
  // Written aside and renamed: a build that stops half-way never leaves half an entry.
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ file, parsed } satisfies Entry));
  renameSync(temporary, target);
}
