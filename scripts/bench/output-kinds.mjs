// Where a build's pages and bytes go, by kind of file (the content bench's tables: content-scale.mjs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The kind of a built file, by its path relative to the output folder (`/` separators, no `.br`/`.gz`). */
export function kindOf(relative) {
  const [first, ...rest] = relative.split('/');
  if (first === '.server') return rest[0] === 'errors' ? 'error pages' : 'server files';
  if (first === '.vite' || relative === 'query-pages.json') return 'server files';
  if (first === 'assets') return rest[0] === 'search' ? 'search index' : 'scripts, styles';
  if (first === 'content') return 'article modules';
  if (!relative.endsWith('.html')) return 'other';
  if (relative === 'index.html') return 'root';
  const page = rest.join('/');
  if (/(^|\/)404\.html$/.test(relative)) return 'not found';
  if (page.startsWith('search/')) return 'search';
  const query = /__query\/(.+)\.html$/.exec(page)?.[1] ?? '';
  let variant = query ? ', query' : '';
  if (/(^|&)embed=1(&|$)/.test(query))
    variant = /(^|&)theme=/.test(query) ? ', embedded, themed' : ', embedded';
  if (page.startsWith('articles/')) return `article${variant}`;
  if (page.startsWith('who-contacts-my-customer/')) return `wizard${variant}`;
  return `home${variant}`;
}

/** Files and bytes per kind, each split into the file itself and its .gz and .br copies. */
export function outputByKind(outDir) {
  const kinds = new Map();
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(outDir, file).split(path.sep).join('/');
    const copy = /\.(br|gz)$/.exec(relative)?.[1] ?? 'raw';
    const kind = kindOf(copy === 'raw' ? relative : relative.slice(0, -3));
    const row = kinds.get(kind) ?? { kind, files: 0, raw: 0, gz: 0, br: 0 };
    if (copy === 'raw' || (copy === 'gz' && !existsSync(file.slice(0, -3)))) row.files += 1;
    row[copy] += statSync(file).size;
    kinds.set(kind, row);
  }
  return [...kinds.values()].sort((a, b) => b.raw + b.gz + b.br - (a.raw + a.gz + a.br));
}

/** The table of outputByKind's rows, in Markdown, with their total. */
export function kindTable(rows) {
  const total = { kind: '**total**', files: 0, raw: 0, gz: 0, br: 0 };
  for (const row of rows) for (const key of ['files', 'raw', 'gz', 'br']) total[key] += row[key];
  const MB = (bytes) => (bytes / 1e6).toFixed(1);
  return [
    '| Kind | Files | Raw MB | .gz MB | .br MB | All MB |',
    '| :--- | ---: | ---: | ---: | ---: | ---: |',
    ...[...rows, total].map(
      (row) =>
        `| ${row.kind} | ${row.files} | ${MB(row.raw)} | ${MB(row.gz)} | ${MB(row.br)} | ${MB(row.raw + row.gz + row.br)} |`,
    ),
  ].join('\n');
}
