/**
 * Parsed sources by content hash, kept for the life of the process: the client and server builds of one
 * `npm run build` parse each file once, and `npm run dev` re-parses only the files an edit changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Article } from '../../domain/article';
import type { SourceReader } from './load-content';
import { parseArticleSource } from './parse-article';

export interface ParseCache {
  read: SourceReader;
  /** How many times a source was actually parsed (for tests and the bench). */
  parses(): number;
}

export function createParseCache(): ParseCache {
  /** One entry per file: the hash (of its bytes, slug and locale) it was parsed at. */
  const entries = new Map<string, { hash: string; article: Article }>();
  let parses = 0;
  const read: SourceReader = (file, slug, locale) => {
    const source = readFileSync(file, 'utf8');
    const hash = createHash('sha256').update(`${slug}\0${locale}\0`).update(source).digest('hex');
    const cached = entries.get(file);
    if (cached?.hash === hash) return cached.article;
    parses += 1;
    const article = parseArticleSource(source, { slug, locale, file });
    entries.set(file, { hash, article });
    return article;
  };
  return { read, parses: () => parses };
}
