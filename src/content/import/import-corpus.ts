/**
 * Lays a corpus in Microsoft's published layout (`<corpus>/<locale>/partner-center/…`) out as the project's
 * content folder, byte for byte (Microsoft's text is never rewritten). Re-importing a newer corpus over an
 * old one updates it: each locale's `_data/<locale>/imported.json` lists what the last import of that
 * locale wrote, and only those files are ever replaced or removed. Files the import did not write (the
 * project's own article, another locale's pages) are never touched.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareCodeUnits, isCorpusLocale } from '../pipeline/content-layout';
import { publishedDateOf, roleOfCorpusFile } from './corpus-files';

const PRODUCT_FOLDER = 'partner-center';
const MANIFEST = 'imported.json';

export interface LocaleImport {
  locale: string;
  pages: number;
  data: number;
  added: string[];
  updated: string[];
  removed: string[];
  /** Corpus files that are not pages, with why (`docfx.json`, `breadcrumb/toc.yml`). */
  notPages: { file: string; why: string }[];
  /** Each line a problem an author should know of (a name met twice, a file the import would not replace). */
  notes: string[];
}

interface Manifest {
  files: string[];
}

export function importCorpus(corpus: string, contentDir: string): LocaleImport[] {
  const locales = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isCorpusLocale(entry.name))
    .filter((entry) => existsSync(path.join(corpus, entry.name, PRODUCT_FOLDER)))
    .map((entry) => entry.name)
    .sort(compareCodeUnits);
  if (locales.length === 0) {
    throw new Error(
      `${corpus} holds no <locale>/${PRODUCT_FOLDER}/ folder (such as zh-cn/${PRODUCT_FOLDER}/)`,
    );
  }
  mkdirSync(contentDir, { recursive: true });
  return locales.map((locale) => importLocale(path.join(corpus, locale, PRODUCT_FOLDER), locale, contentDir));
}

interface Planned {
  /** Relative to the content folder, with `/`. */
  target: string;
  source: string;
  bytes: Buffer;
}

function importLocale(from: string, locale: string, contentDir: string): LocaleImport {
  const result: LocaleImport = {
    locale,
    pages: 0,
    data: 0,
    added: [],
    updated: [],
    removed: [],
    notPages: [],
    notes: [],
  };
  const pages = new Map<string, Planned & { date: string; name: string }>();
  const planned: Planned[] = [];
  for (const relative of filesUnder(from)) {
    const source = path.join(from, relative);
    const bytes = readFileSync(source);
    const role = roleOfCorpusFile(relative, bytes.subarray(0, 64).toString('utf8'));
    if (role.role === 'not-a-page') result.notPages.push({ file: relative, why: role.why });
    else if (role.role === 'data') {
      planned.push({ target: `_data/${locale}/${role.target}`, source, bytes });
      result.data += 1;
    } else {
      const extension = role.kind === 'article' ? 'md' : 'yml';
      const page = {
        target: `${role.name}/${locale}.${extension}`,
        source,
        bytes,
        name: role.name,
        date: publishedDateOf(bytes.toString('utf8')),
      };
      const key = role.name.toLowerCase();
      const other = pages.get(key);
      // Names that differ only in case are one page (one URL): the newer ms.date wins, as at load.
      const keep =
        other === undefined || page.date > other.date || (page.date === other.date && page.name === key);
      if (other) {
        const [kept, left] = keep ? [page, other] : [other, page];
        result.notes.push(
          `${path.relative(from, left.source)}: the same page as ${path.relative(from, kept.source)} (names differ only in case) — not imported, the other is newer or lowercase`,
        );
      }
      if (keep) pages.set(key, page);
    }
  }
  planned.push(...pages.values());
  result.pages = pages.size;
  writePlanned(contentDir, locale, planned, result);
  return result;
}

function writePlanned(
  contentDir: string,
  locale: string,
  planned: readonly Planned[],
  result: LocaleImport,
): void {
  const manifestFile = path.join(contentDir, '_data', locale, MANIFEST);
  const previous = new Set(readManifest(manifestFile).files);
  const written: string[] = [];
  for (const { target, bytes } of planned) {
    const file = path.join(contentDir, target);
    const existing = existsSync(file) ? readFileSync(file) : null;
    if (existing && !previous.has(target)) {
      // Not the import's to replace, nor to remove later: it stays out of the list.
      if (!existing.equals(bytes)) {
        result.notes.push(
          `${target}: exists and was not written by an import — kept (delete it to import Microsoft's version)`,
        );
      }
      continue;
    }
    if (existing?.equals(bytes) !== true) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      (existing ? result.updated : result.added).push(target);
    }
    written.push(target);
  }
  const now = new Set(written);
  for (const target of [...previous].filter((old) => !now.has(old)).sort(compareCodeUnits)) {
    rmSync(path.join(contentDir, target), { force: true });
    removeEmptyFolders(contentDir, path.dirname(target));
    result.removed.push(target);
  }
  mkdirSync(path.dirname(manifestFile), { recursive: true });
  writeFileSync(
    manifestFile,
    `${JSON.stringify({ files: written.sort(compareCodeUnits) } satisfies Manifest, null, 1)}\n`,
  );
}

function readManifest(file: string): Manifest {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
    return {
      files: Array.isArray(value.files) ? value.files.filter((entry) => typeof entry === 'string') : [],
    };
  } catch {
    return { files: [] };
  }
}

function removeEmptyFolders(root: string, relative: string): void {
  for (let folder = relative; folder !== '.' && folder !== ''; folder = path.dirname(folder)) {
    const absolute = path.join(root, folder);
    if (!existsSync(absolute) || readdirSync(absolute).length > 0) return;
    rmdirSync(absolute);
  }
}

/** Every file under `dir`, relative with `/`, sorted; dot-files are not Microsoft's content. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !relative.split('/').some((part) => part.startsWith('.')))
    .sort(compareCodeUnits);
}

export function formatImportSummary(imports: readonly LocaleImport[]): string {
  return imports
    .flatMap((locale) => [
      `${locale.locale}: ${locale.pages} pages, ${locale.data} data files (${locale.added.length} added, ` +
        `${locale.updated.length} updated, ${locale.removed.length} removed)`,
      ...locale.notes.map((note) => `  ${note}`),
      ...locale.notPages.map(({ file, why }) => `  not a page: ${file} — ${why}; not imported`),
    ])
    .join('\n');
}
