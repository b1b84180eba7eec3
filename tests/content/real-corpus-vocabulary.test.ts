// @vitest-environment node
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article';
import { filterOptionsOf, type FilterOption } from '../../src/domain/applies-to';
import { KNOWN_CLOUDS, MAX_OPTION_WORDS } from '../../src/domain/applies-to-values';
import { ContentError } from '../../src/content/pipeline/content-error';
import { parseArticleSource } from '../../src/content/pipeline/parse-article';

/**
 * The filter's options over Microsoft's real Partner Center sources (de-de, zh-cn, zh-tw, about 850 files),
 * copied at test time from the shared corpus when this machine has it. Only the labelled lines matter here.
 */
const CORPUS = corpusDir(path.resolve(__dirname, '../..'));
const LOCALES = ['de-de', 'zh-cn', 'zh-tw'];
const present = LOCALES.every((locale) => existsSync(path.join(CORPUS, locale, 'partner-center')));
if (!present) console.warn(`Skipped: the real corpus is not at ${CORPUS}`);

/** `shared/partner-center-corpus` beside the checkout (`../shared`) or beside a folder above it (a worktree's). */
function corpusDir(root: string): string {
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'partner-center-corpus');
    if (existsSync(candidate) || path.dirname(dir) === dir) return candidate;
  }
}

type Listed = Pick<Article, 'slug' | 'locale' | 'appliesTo' | 'roles'>;

/**
 * The labelled lines sit above the first section, so only that part is parsed (the whole corpus takes a
 * minute). A file that fails further up (a `mailto:` link) is read again up to the line it fails on.
 */
function labelledLinesOf(source: string, slug: string, locale: string, file: string): Listed {
  const section = source.search(/^## /m);
  let text = section < 0 ? source : source.slice(0, section);
  for (;;) {
    try {
      const { appliesTo, roles } = parseArticleSource(text, { slug, locale, file });
      return { slug, locale, appliesTo, roles };
    } catch (error) {
      const line = error instanceof ContentError ? /:(\d+):\d+:/.exec(error.message)?.[1] : undefined;
      const cut = text.split('\n').slice(0, Number(line) - 1);
      if (line === undefined || cut.length === 0) throw error;
      text = cut.join('\n');
    }
  }
}

let copy = '';
let options: Record<'cloud' | 'role', FilterOption[]> = { cloud: [], role: [] };

beforeAll(() => {
  if (!present) return;
  copy = mkdtempSync(path.join(tmpdir(), 'real-corpus-'));
  const versions: Listed[] = [];
  for (const locale of LOCALES) {
    const dir = path.join(copy, locale);
    cpSync(path.join(CORPUS, locale, 'partner-center'), dir, {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}announcements`),
    });
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
      const slug = file.replace(/\.md$/, '').toLowerCase();
      versions.push(labelledLinesOf(readFileSync(path.join(dir, file), 'utf8'), slug, locale, file));
    }
  }
  options = filterOptionsOf(versions);
}, 300_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const words = (option: FilterOption) => option.english.split(' ').length;
const ids = (param: 'cloud' | 'role') => options[param].map((option) => option.id);

describe.skipIf(!present)('the filter over the real Partner Center corpus', () => {
  it('offers as clouds the known clouds, however many programs and products the lines name', () => {
    const known: string[] = KNOWN_CLOUDS.map((cloud) => cloud.id);
    expect(ids('cloud')).toEqual(['partner-center', 'us-government', 'germany', 'india']);
    expect(ids('cloud').every((id) => known.includes(id))).toBe(true);
  });

  it('offers no role that reads like a sentence', () => {
    for (const option of options.role) {
      expect(words(option), option.english).toBeLessThanOrEqual(MAX_OPTION_WORDS);
      expect(option.english, option.english).not.toMatch(/[.,;:]/);
    }
  });

  it('merges the known aliases into one option each', () => {
    for (const [kept, merged] of [
      ['advisor', 'advisors'],
      ['global-admin', 'global-admins'],
      ['incentives-admin', 'incentive-admin'],
      ['incentives-admin', 'incentive-administrator'],
      ['incentives-user', 'incentive-user'],
      ['mpn-partner-admin', 'mpn-admin'],
      ['helpdesk-agent', 'help-agent'],
    ]) {
      expect(ids('role')).toContain(kept);
      expect(ids('role')).not.toContain(merged);
      expect(options.role.find((option) => option.id === kept)?.aliases).toContain(merged);
    }
    expect(ids('role').filter((id) => id.startsWith('global'))).toEqual(['global-admin']);
  });

  it('offers no program or product as a role', () => {
    for (const id of [
      'csp-partners',
      'partners-in-the-csp-program',
      'all-microsoft-partners',
      'indirect-provider',
    ])
      expect(ids('role')).not.toContain(id);
  });

  it('puts the values most articles list first', () => {
    for (const param of ['cloud', 'role'] as const) {
      const counts = options[param].map((option) => option.articles);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    expect(ids('role').slice(0, 3)).toEqual(['global-admin', 'admin-agent', 'sales-agent']);
  });

  it('names every option as the articles of some locale name it', () => {
    for (const option of [...options.cloud, ...options.role]) {
      expect(Object.keys(option.labels).length, option.english).toBeGreaterThan(0);
    }
    expect(options.role.find((option) => option.id === 'global-admin')?.labels).toMatchObject({
      'zh-cn': '全局管理员',
    });
  });
});
