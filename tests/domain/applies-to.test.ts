import { describe, expect, it } from 'vitest';
import type { Article, LabelledList } from '../../src/domain/article';
import {
  NO_FILTER,
  appliesToOf,
  filterOptionsOf,
  filterValuesOf,
  isFilterActive,
  listedCloudIdsOf,
  matchArticle,
} from '../../src/domain/applies-to';

type Version = Pick<Article, 'slug' | 'locale' | 'date' | 'sourceVersion' | 'appliesTo' | 'roles'>;

function list(label: string, values: readonly (readonly [english: string, text: string])[]): LabelledList {
  return { label, values: values.map(([english, text]) => ({ english, text })) };
}

/** The three versions of "Customer communication from Microsoft" as the sources describe them. */
const zhCn: Version = {
  slug: 'customer-communication-from-microsoft',
  locale: 'zh-cn',
  date: '2020-07-10',
  sourceVersion: '407b133d37d3f1c3ca46c8a9c15b3a75e93f2922',
  appliesTo: list('适用于', [
    ['Partner Center', '合作伙伴中心'],
    ['Partner Center for Microsoft Cloud for US Government', '合作伙伴中心Microsoft Cloud for US Government'],
  ]),
  roles: list('适当的角色', [['Helpdesk agent', '支持人员代理']]),
};
const enUs: Version = {
  ...zhCn,
  locale: 'en-us',
  appliesTo: list('Applies to', [
    ['Partner Center', 'Partner Center'],
    [
      'Partner Center for Microsoft Cloud for US Government',
      'Partner Center for Microsoft Cloud for US Government',
    ],
  ]),
  roles: list('Appropriate roles', [['Helpdesk agent', 'Helpdesk agent']]),
};
const zhTw: Version = {
  slug: 'customer-communication-from-microsoft',
  locale: 'zh-tw',
  date: null,
  sourceVersion: '8861cd36c4e06618d1d98375627aa2ca2141d083',
  appliesTo: list('適用於', [
    ['Partner Center', '合作夥伴中心'],
    ['Partner Center for Microsoft Cloud for US Government', '美國政府適用的 Microsoft Cloud 合作夥伴中心'],
    ['Partner Center for Microsoft Cloud Germany', 'Microsoft Cloud 德國合作夥伴中心'],
  ]),
  roles: null,
};
const versions = [enUs, zhCn, zhTw];

describe('appliesToOf', () => {
  it('lists clouds and roles with ids, English originals and the version’s own text, in source order', () => {
    expect(appliesToOf(zhCn)).toEqual({
      clouds: [
        { id: 'partner-center', english: 'Partner Center', text: '合作伙伴中心' },
        {
          id: 'us-government',
          english: 'Partner Center for Microsoft Cloud for US Government',
          text: '合作伙伴中心Microsoft Cloud for US Government',
        },
      ],
      roles: [{ id: 'helpdesk-agent', english: 'Helpdesk agent', text: '支持人员代理' }],
    });
  });

  it('gives no roles for a version without a roles line', () => {
    expect(appliesToOf(zhTw).roles).toEqual([]);
    expect(appliesToOf(zhTw).clouds.map((cloud) => cloud.id)).toEqual([
      'partner-center',
      'us-government',
      'germany',
    ]);
  });

  it('keeps an unknown value, with its display text', () => {
    const article = { appliesTo: list('Applies to', [['Partner Center Mars', '火星']]), roles: null };
    expect(appliesToOf(article).clouds).toEqual([
      { id: 'partner-center-mars', english: 'Partner Center Mars', text: '火星' },
    ]);
  });

  it('lists a value only once when two spellings map to the same id', () => {
    const article = {
      appliesTo: null,
      roles: list('Roles', [
        ['Account admin', 'A'],
        ['Accounts admin', 'B'],
      ]),
    };
    expect(appliesToOf(article).roles).toEqual([
      { id: 'account-admin', english: 'Account admin', text: 'A' },
    ]);
  });
});

describe('appliesToOf, with programs and sentences on the lines', () => {
  const article = {
    appliesTo: list('Applies to', [
      ['Partner Center', 'PC'],
      ['CSP partners', 'CSP'],
      ['Dynamics 365 CRM', 'D365'],
    ]),
    roles: list('Roles', [
      ['Global admins', 'GA'],
      ['Partners in the CSP program', 'P'],
      ['Any user account to open the billing page on behalf of a customer.', 'S'],
      ['Incentive administrator', 'IA'],
    ]),
  };

  it('lists only the clouds and roles: a program, a product or a sentence is no filter value', () => {
    expect(appliesToOf(article)).toEqual({
      clouds: [{ id: 'partner-center', english: 'Partner Center', text: 'PC' }],
      roles: [
        { id: 'global-admin', english: 'Global admins', text: 'GA' },
        { id: 'incentives-admin', english: 'Incentive administrator', text: 'IA' },
      ],
    });
  });
});

describe('filterOptionsOf', () => {
  const version = (
    slug: string,
    locale: string,
    clouds: readonly (readonly [string, string])[] | null,
    roles: readonly (readonly [string, string])[] | null,
  ) => ({
    slug,
    locale,
    appliesTo: clouds && list('Applies to', clouds),
    roles: roles && list('Roles', roles),
  });
  const corpus = [
    version('a', 'de-de', [['Partner Center', 'Partner Center']], [['Advisors', 'Berater']]),
    version('a', 'zh-tw', [['Partner Center', '合作夥伴中心']], [['Advisors', '顧問']]),
    version(
      'b',
      'zh-tw',
      [['Partner Center for Microsoft Cloud Germany', '德國']],
      [['Global Admin', '全域 A']],
    ),
    version('c', 'zh-tw', null, [
      ['-Global admin', '-全域'],
      ['Advisor', '顧問 B'],
    ]),
    version('d', 'zh-tw', [['Partner Center', '合作夥伴中心']], [['Global admin', '全域 A']]),
    version('e', 'zh-tw', [['CSP partners', 'CSP']], [['Global admin', '全域管理員']]),
  ];

  it('puts the values most articles list first, counting an article once whatever its versions', () => {
    const options = filterOptionsOf(corpus);
    expect(options.cloud.map((option) => [option.id, option.articles])).toEqual([
      ['partner-center', 2],
      ['germany', 1],
    ]);
    expect(options.role.map((option) => [option.id, option.articles])).toEqual([
      ['global-admin', 4],
      ['advisor', 2],
    ]);
    expect(filterValuesOf(corpus)).toEqual({
      clouds: ['partner-center', 'germany'],
      roles: ['global-admin', 'advisor'],
    });
  });

  it('keeps first-seen order between values as many articles list', () => {
    const tie = [
      version('x', 'zh-cn', null, [['Sales agent', 'S']]),
      version('y', 'zh-cn', null, [['Admin agent', 'A']]),
    ];
    expect(filterValuesOf(tie).roles).toEqual(['sales-agent', 'admin-agent']);
  });

  it('names a known value by its canonical English and by the canonical spelling’s most used text', () => {
    const globalAdmin = filterOptionsOf(corpus).role[0];
    expect(globalAdmin?.english).toBe('Global admin');
    // "全域 A" is used twice with the canonical spelling; "-全域" once with a dashed one.
    expect(globalAdmin?.labels).toEqual({ 'zh-tw': '全域 A' });
    const advisor = filterOptionsOf(corpus).role[1];
    expect(advisor?.english).toBe('Advisor');
    // A plural is the same spelling: a tie between two texts goes to the first seen.
    expect(advisor?.labels).toEqual({ 'de-de': 'Berater', 'zh-tw': '顧問' });
  });

  it('gives each option the ids its merged spellings had, for links made before the merge', () => {
    const options = filterOptionsOf(corpus);
    expect(options.role.find((option) => option.id === 'advisor')?.aliases).toEqual(['advisors']);
    expect(options.role.find((option) => option.id === 'global-admin')?.aliases).toEqual(['global']);
    expect(options.cloud.find((option) => option.id === 'germany')?.aliases).toEqual([
      'partner-center-for-microsoft-cloud-germany',
    ]);
  });

  it('never offers a program, even when it is all a line names', () => {
    expect(filterOptionsOf(corpus.slice(5)).cloud).toEqual([]);
  });
});

describe('listedCloudIdsOf', () => {
  it('gives the cloud ids a version lists', () => {
    expect(listedCloudIdsOf(zhCn)).toEqual(['partner-center', 'us-government']);
  });

  it('gives null for a version without an applies-to line, as nothing is said about clouds', () => {
    expect(listedCloudIdsOf({ appliesTo: null, roles: null })).toBeNull();
  });
});

describe('filterValuesOf', () => {
  it('collects every cloud and role any version lists, once each', () => {
    expect(filterValuesOf(versions)).toEqual({
      clouds: ['partner-center', 'us-government', 'germany'],
      roles: ['helpdesk-agent'],
    });
  });
});

describe('isFilterActive', () => {
  it('is true as soon as either criterion is set', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(isFilterActive({ cloud: 'germany', role: null })).toBe(true);
    expect(isFilterActive({ cloud: null, role: 'helpdesk-agent' })).toBe(true);
  });
});

describe('matchArticle', () => {
  it('reports no-filter and no other locales when nothing is chosen', () => {
    expect(matchArticle(versions, 'zh-cn', NO_FILTER)).toEqual({
      cloud: 'no-filter',
      role: 'no-filter',
      matches: true,
      otherLocalesListing: [],
      otherLocalesListingEach: { cloud: [], role: [] },
    });
  });

  it('says the zh-cn version does not list Germany and that only zh-tw does', () => {
    expect(matchArticle(versions, 'zh-cn', { cloud: 'germany', role: null })).toEqual({
      cloud: 'not-listed',
      role: 'no-filter',
      matches: false,
      otherLocalesListing: ['zh-tw'],
      otherLocalesListingEach: { cloud: ['zh-tw'], role: [] },
    });
  });

  it('says the zh-tw version lists Germany', () => {
    const match = matchArticle(versions, 'zh-tw', { cloud: 'germany', role: null });
    expect(match.cloud).toBe('listed');
    expect(match.matches).toBe(true);
    expect(match.otherLocalesListing).toEqual([]);
  });

  it('says the zh-tw version lists no helpdesk agent role while en-us and zh-cn do', () => {
    expect(matchArticle(versions, 'zh-tw', { cloud: null, role: 'helpdesk-agent' })).toMatchObject({
      role: 'not-listed',
      matches: false,
      otherLocalesListing: ['en-us', 'zh-cn'],
    });
  });

  it('offers another locale only when it lists every chosen value, but still tells each criterion apart', () => {
    expect(matchArticle(versions, 'zh-cn', { cloud: 'germany', role: 'helpdesk-agent' })).toEqual({
      cloud: 'not-listed',
      role: 'listed',
      matches: false,
      otherLocalesListing: [],
      otherLocalesListingEach: { cloud: ['zh-tw'], role: ['en-us'] },
    });
  });

  it('never claims an article applies to a value no version lists', () => {
    const match = matchArticle(versions, 'en-us', { cloud: 'india', role: 'global-admin' });
    expect(match).toMatchObject({ cloud: 'not-listed', role: 'not-listed', matches: false });
    expect(match.otherLocalesListingEach).toEqual({ cloud: [], role: [] });
  });

  it('treats a locale that has no version as listing nothing', () => {
    expect(matchArticle(versions, 'ja-jp', { cloud: 'partner-center', role: null })).toMatchObject({
      cloud: 'not-listed',
      otherLocalesListing: ['en-us', 'zh-cn', 'zh-tw'],
    });
  });

  it('does not depend on the order of the versions', () => {
    const filter = { cloud: 'us-government', role: null };
    expect(matchArticle([zhTw, zhCn, enUs], 'zh-cn', filter)).toEqual(
      matchArticle(versions, 'zh-cn', filter),
    );
  });
});
