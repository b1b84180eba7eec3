// A generated content folder for the corpus-scale test: the project's own article sources copied into N
// slug folders (3 locales each: the zh-cn and zh-tw sources and the generated en-us), beside the original.
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SOURCE = 'src/content/articles';
const MAIN_SLUG = 'customer-communication-from-microsoft';

/** Makes `<tmp>/articles` with the main article and `copies` more slugs; returns its path. */
export function generateCorpus(copies: number, into = mkdtempSync(path.join(tmpdir(), 'content-corpus-'))) {
  const dir = path.join(into, 'articles');
  cpSync(SOURCE, dir, { recursive: true });
  const sources = readdirSync(path.join(SOURCE, MAIN_SLUG)).filter((name) => name.endsWith('.md'));
  for (let index = 1; index <= copies; index += 1) {
    const slug = path.join(dir, `generated-article-${String(index).padStart(4, '0')}`);
    mkdirSync(slug);
    for (const name of sources) cpSync(path.join(SOURCE, MAIN_SLUG, name), path.join(slug, name));
  }
  return dir;
}
