import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatImportSummary, importCorpus } from '../../../src/content/import/import-corpus';
import { loadContentDir } from '../../../src/content/pipeline/load-content';

const FIXTURES = path.resolve('tests/content/fixtures/valid');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A corpus in Microsoft's layout: `{ 'zh-cn': { 'widgets.md': bytes } }` under `<locale>/partner-center/`. */
function corpus(files: Record<string, Record<string, Buffer | string>>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  created.push(root);
  for (const [locale, byName] of Object.entries(files)) {
    for (const [name, bytes] of Object.entries(byName)) {
      const file = path.join(root, locale, 'partner-center', name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
  }
  return root;
}

function emptyFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  created.push(dir);
  return dir;
}

/** Every file of the content folder, relative, except the import's own lists. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'imported.json')
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const SHAPES = {
  'widgets.md': fixture('canonical.md'),
  'customers_revoke_widgets.md': fixture('canonical.md'),
  'non-payment--widgets.md': fixture('bold-outside-list.md'),
  'widgets-faq.yml': fixture('faq-plain.yml'),
  'announcements/2020-october.md': fixture('canonical.md'),
  'announcements/TOC.md': '# [Announcements](index.md)\n',
  'TOC.yml': '- name: Widgets\n  href: widgets.md\n',
  'index.yml': '### YamlMime:Landing\ntitle: Widgets\n',
  'docfx.json': '{}',
  'breadcrumb/toc.yml': '- name: Docs\n',
  'includes/note.md': fixture('canonical.md'),
  'media/widget.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'settings.yml': 'a: 1\n',
};

describe('importCorpus', () => {
  it('lays out pages as <name>/<locale>, FAQ pages as .yml and the tables of contents as data, byte for byte', () => {
    const from = corpus({ 'zh-cn': SHAPES });
    const to = emptyFolder();
    importCorpus(from, to);
    expect(filesOf(to)).toEqual([
      '_data/zh-cn/TOC.yml',
      '_data/zh-cn/announcements/TOC.md',
      '_data/zh-cn/index.yml',
      'announcements-2020-october/zh-cn.md',
      'customers_revoke_widgets/zh-cn.md',
      'non-payment--widgets/zh-cn.md',
      'widgets-faq/zh-cn.yml',
      'widgets/zh-cn.md',
    ]);
    expect(readFileSync(path.join(to, 'non-payment--widgets/zh-cn.md'))).toEqual(
      fixture('bold-outside-list.md'),
    );
    expect(readFileSync(path.join(to, '_data/zh-cn/TOC.yml'), 'utf8')).toBe(SHAPES['TOC.yml']);
  });

  it('names what it did not import and why, and what it imported', () => {
    const summary = formatImportSummary(importCorpus(corpus({ 'zh-cn': SHAPES }), emptyFolder()));
    expect(summary.split('\n')).toEqual([
      'zh-cn: 5 pages, 3 data files (8 added, 0 updated, 0 removed)',
      '  not a page: breadcrumb/toc.yml — in breadcrumb/, which holds parts of pages; not imported',
      '  not a page: docfx.json — not a .md or .yml page; not imported',
      '  not a page: includes/note.md — in includes/, which holds parts of pages; not imported',
      '  not a page: media/widget.png — in media/, which holds parts of pages; not imported',
      '  not a page: settings.yml — a .yml file that is not a YamlMime:FAQ page; not imported',
    ]);
  });

  it('builds: every imported page loads under its lowercased name', () => {
    const to = emptyFolder();
    importCorpus(corpus({ 'zh-cn': SHAPES, 'de-de': { 'Widgets.md': fixture('plain-translated.md') } }), to);
    const content = loadContentDir(to);
    expect(content.problems).toEqual([]);
    expect(content.slugs).toEqual([
      'announcements-2020-october',
      'customers_revoke_widgets',
      'non-payment--widgets',
      'widgets',
      'widgets-faq',
    ]);
    expect(content.slugAliases).toEqual({ Widgets: 'widgets' });
  });

  it('keeps the newer of two names that differ only in case, and says which it left out', () => {
    const newer = fixture('canonical.md')
      .toString('utf8')
      .replace('ms.date: 03/14/2021', 'ms.date: 7/1/2021');
    const to = emptyFolder();
    const [zhCn] = importCorpus(
      corpus({ 'zh-cn': { 'widgets.md': fixture('canonical.md'), 'Widgets.md': newer } }),
      to,
    );
    expect(filesOf(to)).toEqual(['Widgets/zh-cn.md']);
    expect(readFileSync(path.join(to, 'Widgets/zh-cn.md'), 'utf8')).toBe(newer);
    expect(zhCn?.notes).toEqual([
      'widgets.md: the same page as Widgets.md (names differ only in case) — not imported, the other is newer or lowercase',
    ]);
  });

  it('updates a re-import: changed files are replaced, vanished ones removed, other locales and own files kept', () => {
    const to = emptyFolder();
    mkdirSync(path.join(to, 'own-article'));
    writeFileSync(path.join(to, 'own-article/zh-cn.md'), fixture('canonical.md'));
    importCorpus(corpus({ 'de-de': { 'widgets.md': fixture('plain-translated.md') } }), to);
    importCorpus(
      corpus({ 'zh-cn': { 'widgets.md': fixture('canonical.md'), 'gadgets.md': fixture('canonical.md') } }),
      to,
    );
    const [again] = importCorpus(corpus({ 'zh-cn': { 'widgets.md': fixture('bold-outside-list.md') } }), to);
    expect(again).toMatchObject({ added: [], updated: ['widgets/zh-cn.md'], removed: ['gadgets/zh-cn.md'] });
    expect(filesOf(to)).toEqual(['own-article/zh-cn.md', 'widgets/de-de.md', 'widgets/zh-cn.md']);
    expect(existsSync(path.join(to, 'gadgets'))).toBe(false);
    expect(readFileSync(path.join(to, 'widgets/zh-cn.md'))).toEqual(fixture('bold-outside-list.md'));
  });

  it('never replaces a file it did not write, and says so', () => {
    const to = emptyFolder();
    mkdirSync(path.join(to, 'widgets'));
    writeFileSync(path.join(to, 'widgets/zh-cn.md'), fixture('bold-outside-list.md'));
    const [zhCn] = importCorpus(corpus({ 'zh-cn': { 'widgets.md': fixture('canonical.md') } }), to);
    expect(readFileSync(path.join(to, 'widgets/zh-cn.md'))).toEqual(fixture('bold-outside-list.md'));
    expect(zhCn?.notes).toEqual([
      "widgets/zh-cn.md: exists and was not written by an import — kept (delete it to import Microsoft's version)",
    ]);
  });

  it('refuses a folder that is not in Microsoft’s layout, saying what it expected', () => {
    expect(() => importCorpus(emptyFolder(), emptyFolder())).toThrow(
      /holds no <locale>\/partner-center\/ folder/,
    );
  });
});
