/**
 * The README is a map and docs/ the territory: this keeps the map short and every road on it real. A renamed
 * file, a moved heading or a folder that went away fails here, naming the page and the link.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = path.join(ROOT, 'README.md');
const DOCS = path.join(ROOT, 'docs');
/** The "≤ 12 kB", in the project's unit (1 kB = 1000 bytes, as Vite prints sizes). */
const MAX_README_BYTES = 12_000;

const docPages = readdirSync(DOCS)
  .filter((name) => name.endsWith('.md'))
  .map((name) => path.join(DOCS, name));
const pages = [README, ...docPages];
const relative = (file: string) => path.relative(ROOT, file);
const read = (file: string) => readFileSync(file, 'utf8');

/** The text outside fenced code blocks, as lines. */
function proseLines(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

/** The anchors GitHub gives a page's headings: lowercased, punctuation removed, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every link target in a page's prose (not in code), as written. */
function linkTargets(markdown: string): string[] {
  const prose = proseLines(markdown)
    .join('\n')
    .replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? '');
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** Why a relative link of `page` leads nowhere, or null when it leads to a file (and heading) that exist. */
function brokenLink(page: string, target: string): string | null {
  const [file = '', anchor] = target.split('#');
  const destination = file === '' ? page : path.resolve(path.dirname(page), decodeURIComponent(file));
  if (!existsSync(destination)) return `${target}: no file ${relative(destination)}`;
  if (anchor === undefined) return null;
  if (!destination.endsWith('.md')) return `${target}: an anchor in a file that is not markdown`;
  return headingAnchors(read(destination)).has(anchor)
    ? null
    : `${target}: no heading #${anchor} in ${relative(destination)}`;
}

/** The folders the README's folder map names: the first word of each line of the block under "Folder map". */
function folderMapEntries(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Folder map'));
  const block = section && /```\w*\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) return [];
  return block
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((entry) => entry !== '');
}

/** Whether a folder of the map exists; `<name>` stands for any folder (at least one must be there). */
function folderExists(entry: string): boolean {
  const placeholder = entry.indexOf('<');
  if (placeholder === -1) {
    const folder = path.join(ROOT, entry);
    return existsSync(folder) && statSync(folder).isDirectory();
  }
  const parent = path.join(ROOT, entry.slice(0, placeholder));
  return (
    existsSync(parent) && readdirSync(parent, { withFileTypes: true }).some((child) => child.isDirectory())
  );
}

/** Repository paths a page names in code spans (`src/…`, `tests/…`, …), without placeholders or globs. */
function namedPaths(markdown: string): string[] {
  const spans = proseLines(markdown)
    .join('\n')
    .matchAll(/`([^`\n]+)`/g);
  return [...spans]
    .map((match) => match[1] ?? '')
    .filter((span) => /^(src|scripts|tests|deploy|bench|public|examples|docs)\/[\w./-]*$/.test(span))
    .map((span) => span.replace(/[.:,]$/, ''));
}

/** Source files that may point a reader at the docs in a comment. */
function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs|js|css|conf)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
const SOURCES = ['src', 'scripts', 'deploy', 'public', 'examples'].flatMap(sourceFiles);

describe('the README, a map', () => {
  it(`is at most ${MAX_README_BYTES / 1000} kB`, () => {
    expect(Buffer.byteLength(read(README))).toBeLessThanOrEqual(MAX_README_BYTES);
  });

  it('links every page of docs/', () => {
    const linked = new Set(
      linkTargets(read(README))
        .filter((target) => !isExternal(target))
        .map((target) => path.resolve(ROOT, target.split('#')[0] ?? '')),
    );
    expect(docPages.filter((page) => !linked.has(page)).map(relative)).toEqual([]);
  });

  it('names only folders that exist in its folder map', () => {
    const entries = folderMapEntries(read(README));
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.filter((entry) => !folderExists(entry))).toEqual([]);
  });
});

describe.each(pages.map((page) => [relative(page), page]))('%s', (_name, page) => {
  it('links only files and headings that exist', () => {
    const broken = linkTargets(read(page))
      .filter((target) => !isExternal(target))
      .map((target) => brokenLink(page, target))
      .filter((problem) => problem !== null);
    expect(broken).toEqual([]);
  });

  it('names only files and folders of the repository that exist', () => {
    const missing = namedPaths(read(page)).filter((named) => !existsSync(path.join(ROOT, named)));
    expect(missing).toEqual([]);
  });
});

describe('comments that point at the docs', () => {
  it('name pages and sections that exist, and no section of the README', () => {
    const problems = SOURCES.flatMap((file) => {
      const text = read(file);
      const readmeSections = [...text.matchAll(/README[^\n]{0,3}["“]([^"”]+)/g)].map(
        (match) => `${relative(file)}: README "${match[1]}" (the README is a map: point at docs/)`,
      );
      const docs = [...text.matchAll(/docs\/([\w-]+\.md)(?:, "([^"]+)")?/g)].flatMap((match) => {
        const page = path.join(DOCS, match[1] ?? '');
        if (!existsSync(page)) return [`${relative(file)}: no docs/${match[1]}`];
        const section = match[2];
        if (section === undefined) return [];
        const anchor = [...headingAnchors(`## ${section}`)][0] ?? '';
        return headingAnchors(read(page)).has(anchor)
          ? []
          : [`${relative(file)}: no section "${section}" in docs/${match[1]}`];
      });
      return [...readmeSections, ...docs];
    });
    expect(problems).toEqual([]);
  });
});
