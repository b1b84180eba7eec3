/**
 * Reads the YAML front matter: title (sxs spans give their translation; the old " | Partner Center" suffix
 * is dropped), description, `ms.date`, translation kind and source version.
 */
import type { Root as MdastRoot, Yaml } from 'mdast';
import { isMap, isNode, isScalar, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { TranslationKind } from '../../domain/article';
import { blocksOf } from './blocks';
import { htmlTreeOf } from './html-tree';
import { markdownParser, normalizeSource } from './markdown-trees';
import { collapseWhitespace, plainTextOfBlocks } from './plain-text';
import { failAt, pointAt, warnAt, type Walk } from './source-walk';

export interface FrontMatter {
  title: string;
  description: string;
  date: string | null;
  translation: TranslationKind;
  sourceVersion: string | null;
  /** First line after the closing `---`. */
  bodyLine: number;
}

export interface FrontMatterFields {
  values: Map<string, unknown>;
  /** File line of each key, for error messages. */
  lines: Map<string, number>;
}

export function readFrontMatter(tree: MdastRoot, walk: Walk): FrontMatter {
  const yamlNode = tree.children[0];
  if (yamlNode?.type !== 'yaml') {
    if (walk.source === '---' || walk.source.startsWith('---\n')) {
      failAt(walk, 1, 1, 'front matter opened with "---" on line 1 is never closed by a "---" line');
    }
    failAt(walk, 1, 1, 'missing front matter: the article must start with a "---" block that has a title');
  }
  const fields = parseFrontMatterFields(yamlNode, walk);
  const startLine = yamlNode.position?.start.line ?? 1;
  return {
    ...metadataOf(fields, walk, startLine),
    bodyLine: (yamlNode.position?.end.line ?? startLine) + 1,
  };
}

/** What a page's metadata says; a page without a title cannot be shown. */
export function metadataOf(
  fields: FrontMatterFields,
  walk: Walk,
  startLine: number,
  titleKeys: readonly string[] = ['title'],
): Omit<FrontMatter, 'bodyLine'> {
  const titleKey = titleKeys.find((key) => fields.values.has(key)) ?? 'title';
  const title = stripTitleSuffix(frontMatterText(fields, titleKey, walk) ?? '');
  if (title === '') failAt(walk, fields.lines.get(titleKey) ?? startLine, null, 'front matter has no title');
  return {
    title,
    description: frontMatterText(fields, 'description', walk) ?? '',
    date: frontMatterDate(fields, walk),
    translation: translationKindOf(
      frontMatterString(fields, 'ms.translationtype', walk) ??
        frontMatterString(fields, 'translationtype', walk),
    ),
    sourceVersion: frontMatterString(fields, 'ms.openlocfilehash', walk)?.trim() || null,
  };
}

/** The YAML content starts on the line after the opening `---`. */
function parseFrontMatterFields(yamlNode: Yaml, walk: Walk): FrontMatterFields {
  const firstContentLine = (yamlNode.position?.start.line ?? 1) + 1;
  const lineOfOffset = (offset: number) => pointAt(yamlNode.value, offset);
  // The failsafe schema keeps every scalar a string: a hash such as `407e1…` must not turn into a number.
  const document = parseDocument(yamlNode.value, { schema: 'failsafe', prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const point = lineOfOffset(error.pos[0]);
    const context = enclosingKeyOf(document, yamlNode.value, error.pos[0]);
    const where = context
      ? ` (in "${context.key}", which starts on line ${firstContentLine + lineOfOffset(context.offset).line - 1})`
      : '';
    failAt(
      walk,
      firstContentLine + point.line - 1,
      point.column,
      `invalid YAML in front matter${where}: ${error.message}`,
    );
  }
  if (document.contents === null) return { values: new Map(), lines: new Map() };
  if (!isMap(document.contents)) {
    failAt(walk, firstContentLine, 1, 'front matter must be a YAML mapping of keys to values');
  }
  return fieldsOfMap(document.contents, (offset) => firstContentLine + lineOfOffset(offset).line - 1);
}

/** The scalar entries of a YAML mapping, keys lowercased, with the file line of each key. */
export function fieldsOfMap(map: YAMLMap, lineOf: (offset: number) => number): FrontMatterFields {
  const values = new Map<string, unknown>();
  const lines = new Map<string, number>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    // Keys are matched case-insensitively: some locales capitalize them (`Description`).
    const key = String(pair.key.value).toLowerCase();
    if (values.has(key)) continue;
    const value = pair.value;
    values.set(key, isScalar(value) ? value.value : value === null ? '' : value);
    lines.set(key, lineOf(pair.key.range?.[0] ?? 0));
  }
  return { values, lines };
}

/** The top-level key whose entry holds `offset`, when it starts on an earlier line (e.g. an unclosed quote). */
function enclosingKeyOf(
  document: Document,
  yamlText: string,
  offset: number,
): { key: string; offset: number } | undefined {
  if (!isMap(document.contents)) return undefined;
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const start = pair.key.range[0];
    const valueEnd = isNode(pair.value) && pair.value.range ? pair.value.range[2] : pair.key.range[2];
    const sameLine = !yamlText.slice(start, offset).includes('\n');
    if (start <= offset && offset <= valueEnd && !sameLine) {
      return { key: String(pair.key.value), offset: start };
    }
  }
  return undefined;
}

/** A text value; anything else (a list, a mapping) is ignored with a warning, and a title is then missing. */
function frontMatterString(fields: FrontMatterFields, key: string, walk: Walk): string | undefined {
  const value = fields.values.get(key);
  if (value === undefined || typeof value === 'string') return value;
  warnAt(
    walk,
    fields.lines.get(key) ?? null,
    'front-matter-value',
    `front matter "${key}" must be a single text value`,
    'ignored',
  );
  return undefined;
}

/** A front matter value as plain text; values holding sxs spans give their translation. */
function frontMatterText(fields: FrontMatterFields, key: string, walk: Walk): string | undefined {
  const value = frontMatterString(fields, key, walk);
  if (value === undefined) return undefined;
  if (!/<span\b/i.test(value)) return collapseWhitespace(value);
  const keyLine = fields.lines.get(key) ?? 1;
  const fragmentWalk: Walk = {
    file: walk.file,
    source: normalizeSource(value),
    lineOffset: keyLine - 1,
    knowsColumns: false,
    // Front matter segments are metadata, not body sentences.
    sentences: [],
    report: walk.report,
  };
  const htmlTree = htmlTreeOf(markdownParser.parse(fragmentWalk.source), fragmentWalk);
  return collapseWhitespace(plainTextOfBlocks(blocksOf(htmlTree.children, fragmentWalk)));
}

/** Drops the old-style " | Partner Center" suffix (in whatever language): the last " | " part. */
function stripTitleSuffix(title: string): string {
  const separator = title.lastIndexOf(' | ');
  return separator > 0 ? title.slice(0, separator).trim() : title;
}

function frontMatterDate(fields: FrontMatterFields, walk: Walk): string | null {
  const value = frontMatterString(fields, 'ms.date', walk);
  if (value === undefined) return null;
  const iso = isoDateOf(value.trim());
  if (iso === null) {
    warnAt(
      walk,
      fields.lines.get('ms.date') ?? null,
      'invalid-date',
      `invalid ms.date "${value}": expected MM/DD/YYYY`,
      'the page shows no date',
    );
  }
  return iso;
}

/** `MM/DD/YYYY` → `YYYY-MM-DD`, or null when it is not a real calendar date in that form. */
export function isoDateOf(value: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!match) return null;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function translationKindOf(value: string | undefined): TranslationKind {
  const normalized = collapseWhitespace(value ?? '').toLowerCase();
  if (normalized === 'mt' || normalized === 'machine translation') return 'machine';
  if (normalized === 'ht' || normalized === 'human translation') return 'human';
  return 'unknown';
}
