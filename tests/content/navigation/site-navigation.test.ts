import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteNavigation, type NavigationInput } from '../../../src/content/navigation/site-navigation';
import type { NavNode } from '../../../src/domain/navigation';

/** Excerpts of zh-tw's published TOC.yml, announcements/TOC.md and index.yml (tests/content/fixtures/navigation). */
const FIXTURES = path.resolve('tests/content/fixtures/navigation');
const fixture = (locale: string, relative: string): string | null => {
  try {
    return readFileSync(path.join(FIXTURES, locale, relative), 'utf8');
  } catch {
    return null;
  }
};

const version = (slug: string, locale: string, heading = `${slug} (${locale})`, date = '2021-03-01') => ({
  slug,
  locale,
  heading,
  date,
});

/** The slice of pages the content holds: some of what the TOC names, and one it does not name. */
const VERSIONS = [
  ...[
    'overview',
    'mpn-overview',
    'pac-to-pc-overview',
    'moving-from-pac-to-pc',
    'prepare-pmc-pc-migration',
  ].map((slug) => version(slug, 'zh-tw')),
  version('announcements-2021-march', 'zh-tw'),
  version('announcements-index', 'zh-tw'),
  version('customer-communication-from-microsoft', 'zh-tw'),
  version('overview', 'en-us', 'What is Partner Center?'),
  version('mpn-overview', 'en-us', 'Become a Microsoft partner'),
];

const build = (input: Partial<NavigationInput> = {}) =>
  buildSiteNavigation({ locales: ['en-us', 'zh-tw'], read: fixture, versions: VERSIONS, ...input });

/** A tree as `name → target` lines, indented by depth: what a reader sees, in order. */
function outline(nodes: readonly NavNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.name}${node.lang ? ` [${node.lang}]` : ''} → ${
      node.target.kind === 'article'
        ? node.target.slug
        : node.target.kind === 'external'
          ? node.target.url
          : 'text'
    }`,
    ...outline(node.items, depth + 1),
  ]);
}

describe('a locale’s table of contents', () => {
  it('keeps zh-tw’s sections, nesting and names, each link mapped to the article the import made of its file', () => {
    expect(outline(build().navigation.get('zh-tw')?.tree ?? [])).toEqual([
      '公告 → text',
      '  合作夥伴中心公告 → announcements-index',
      '  2021 年 3 月 → announcements-2021-march',
      '  2021年2月 → text',
      '  2021 年 1 月 → text',
      '什麼是合作夥伴中心？ → overview',
      '合作夥伴網路會員資格 → text',
      '  成為 Microsoft 合作夥伴 → mpn-overview',
      '  在合作夥伴中心內建立 MPN 帳戶 → text',
      '  取得公司電子郵件地址 → text',
      '  針對帳戶設定進行疑難排解 → text',
      '  移至合作夥伴中心 → text',
      '    從 PAC 移動 - 概觀 → pac-to-pc-overview',
      '    比較 PAC 和 PC 中的工作 → moving-from-pac-to-pc',
      '    在電腦上執行 PAC 工作 → text',
      '  從 PMC 移動 → text',
      '    準備從 PMC 移轉 → prepare-pmc-pc-migration',
    ]);
  });

  it('names a file in another case, in a folder or with ./ and a fragment by its lowercase page name', () => {
    const toc = [
      '- name: Experte',
      '  href: ./Azure-Expert-MSP.md#top',
      '- name: Oktober',
      '  href: announcements/2020-October.md',
      '- name: Elsewhere',
      '  href: ../other-repo/page.md',
    ].join('\n');
    const { navigation } = buildSiteNavigation({
      locales: ['de-de'],
      read: (_locale, relative) => (relative === 'TOC.yml' ? toc : null),
      versions: [version('azure-expert-msp', 'de-de'), version('announcements-2020-october', 'de-de')],
    });
    expect(outline(navigation.get('de-de')?.tree ?? [])).toEqual([
      'Experte → azure-expert-msp',
      'Oktober → announcements-2020-october',
      'Elsewhere → text',
    ]);
  });

  it('lists the articles no entry names', () => {
    expect(build().navigation.get('zh-tw')?.unlisted).toEqual(['customer-communication-from-microsoft']);
  });

  it('reads the landing page’s cards, sending site-relative links to Microsoft Learn in the locale', () => {
    const landing = build().navigation.get('zh-tw')?.landing;
    expect(landing?.title).toBe('合作夥伴中心文件');
    expect(landing?.sections.map((section) => [section.title, outline(section.links)])).toEqual([
      [
        '開始使用合作夥伴中心',
        [
          '什麼是合作夥伴中心？ → overview',
          '合作夥伴中心公告 → announcements-index',
          '成為 Microsoft 合作夥伴 → mpn-overview',
          '建立合作夥伴中心帳戶 → text',
        ],
      ],
      [
        '在商業市集 (ISV) 中銷售',
        [
          '商業市集文件 → https://learn.microsoft.com/zh-tw/azure/marketplace',
          '何謂 Microsoft 商業市集？ → https://learn.microsoft.com/zh-tw/azure/marketplace/overview',
        ],
      ],
    ]);
  });

  it('gives a locale without a TOC the newest locale’s, its own articles named by their headings', () => {
    const english = build().navigation.get('en-us');
    expect(english?.lang).toBe('zh-tw');
    expect(outline(english?.tree ?? []).slice(5, 8)).toEqual([
      'What is Partner Center? [en-us] → overview',
      '合作夥伴網路會員資格 → text',
      '  Become a Microsoft partner [en-us] → mpn-overview',
    ]);
    expect(outline(english?.landing?.sections[0]?.links ?? [])[0]).toBe(
      'What is Partner Center? [en-us] → overview',
    );
  });

  it('borrows from the locale whose newest article is newest', () => {
    const other = (relative: string) =>
      relative === 'TOC.yml' ? '- name: Übersicht\n  href: overview.md' : null;
    const { navigation } = buildSiteNavigation({
      locales: ['de-de', 'en-us', 'zh-tw'],
      read: (locale, relative) => (locale === 'de-de' ? other(relative) : fixture(locale, relative)),
      versions: [...VERSIONS, version('overview', 'de-de', 'Übersicht', '2021-07-01')],
    });
    expect(navigation.get('en-us')?.lang).toBe('de-de');
  });

  it('gives every locale an empty tree when no locale has a TOC, every article unlisted', () => {
    const { navigation } = build({ read: () => null });
    expect(navigation.get('zh-tw')?.tree).toEqual([]);
    expect(navigation.get('zh-tw')?.landing).toBeNull();
    expect(navigation.get('en-us')?.unlisted).toHaveLength(8);
  });

  it('reports a TOC that is not YAML with its place, and builds without it', () => {
    const { navigation, problems } = build({
      read: (locale, relative) =>
        locale === 'zh-tw' && relative === 'TOC.yml'
          ? '- name: x\n  href: [unclosed\n'
          : fixture(locale, relative),
    });
    expect(navigation.get('zh-tw')?.tree).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'unreadable-toc',
      file: '_data/zh-tw/TOC.yml',
      line: 3,
      done: 'its entries are left out of the navigation',
    });
  });
});

describe('an article’s place', () => {
  it('is its sections and the articles before and after it in the table of contents', () => {
    const place = build().places.get('zh-tw')?.get('pac-to-pc-overview');
    expect(place).toEqual({
      trail: [
        { name: '合作夥伴網路會員資格', lang: 'zh-tw', slug: null },
        { name: '移至合作夥伴中心', lang: 'zh-tw', slug: null },
      ],
      previous: { slug: 'mpn-overview', name: '成為 Microsoft 合作夥伴', lang: 'zh-tw' },
      next: { slug: 'moving-from-pac-to-pc', name: '比較 PAC 和 PC 中的工作', lang: 'zh-tw' },
    });
  });

  it('has no previous at the first article and no next at the last', () => {
    const places = build().places.get('zh-tw');
    expect(places?.get('announcements-index')?.previous).toBeNull();
    expect(places?.get('prepare-pmc-pc-migration')?.next).toBeNull();
  });

  it('is absent for an article no entry names', () => {
    expect(build().places.get('zh-tw')?.has('customer-communication-from-microsoft')).toBe(false);
  });
});
