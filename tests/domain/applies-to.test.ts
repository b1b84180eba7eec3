import { describe, expect, it } from 'vitest';
import type { Article, LabelledList } from '../../src/domain/article';
import {
  KNOWN_CLOUDS,
  KNOWN_ROLES,
  NO_FILTER,
  appliesToOf,
  cloudIdOf,
  filterValuesOf,
  isFilterActive,
  isKnownCloudId,
  isKnownRoleId,
  listedCloudIdsOf,
  matchArticle,
  roleIdOf,
  slugOf,
} from '../../src/domain/applies-to';

type Version = Pick<Article, 'locale' | 'date' | 'sourceVersion' | 'appliesTo' | 'roles'>;

function list(label: string, values: readonly (readonly [english: string, text: string])[]): LabelledList {
  return { label, values: values.map(([english, text]) => ({ english, text })) };
}

/** The three versions of "Customer communication from Microsoft" as the sources describe them. */
const zhCn: Version = {
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

describe('cloudIdOf', () => {
  it('maps every known English spelling to its canonical id', () => {
    for (const cloud of KNOWN_CLOUDS) {
      for (const english of cloud.english) expect(cloudIdOf(english)).toBe(cloud.id);
    }
  });

  it('maps the clouds of this article to partner-center, us-government and germany', () => {
    expect(cloudIdOf('Partner Center')).toBe('partner-center');
    expect(cloudIdOf('Partner Center for Microsoft Cloud for US Government')).toBe('us-government');
    expect(cloudIdOf('Partner Center for Microsoft Cloud Germany')).toBe('germany');
    expect(cloudIdOf('Partner Center India')).toBe('india');
  });

  it('ignores case, surrounding and repeated whitespace (NBSP included)', () => {
    expect(cloudIdOf('  partner   CENTER for microsoft cloud\u00a0germany \n')).toBe('germany');
  });

  it('gives an unknown English value its own kebab-case id instead of dropping it', () => {
    expect(cloudIdOf('Partner Center for Microsoft Cloud Japan')).toBe(
      'partner-center-for-microsoft-cloud-japan',
    );
  });

  it('never merges an unknown value into a known id because their slugs collide', () => {
    const id = cloudIdOf('Germany');
    expect(id).not.toBe('germany');
    expect(id).toMatch(/^germany-[0-9a-f]{8}$/);
  });

  it('gives a value with no ASCII letters a stable, distinct id', () => {
    expect(cloudIdOf('合作伙伴中心')).toMatch(/^cloud-[0-9a-f]{8}$/);
    expect(cloudIdOf('合作伙伴中心')).toBe(cloudIdOf('合作伙伴中心'));
    expect(cloudIdOf('合作伙伴中心')).not.toBe(cloudIdOf('合作夥伴中心'));
  });
});

describe('roleIdOf', () => {
  it('maps every known English spelling to its canonical id', () => {
    for (const role of KNOWN_ROLES) {
      for (const english of role.english) expect(roleIdOf(english)).toBe(role.id);
    }
  });

  it('maps the roles seen in Partner Center articles', () => {
    expect(roleIdOf('Helpdesk agent')).toBe('helpdesk-agent');
    expect(roleIdOf('Global admin')).toBe('global-admin');
    expect(roleIdOf('User management admin')).toBe('user-management-admin');
    expect(roleIdOf('Admin agent')).toBe('admin-agent');
    expect(roleIdOf('Sales agent')).toBe('sales-agent');
    expect(roleIdOf('Billing admin')).toBe('billing-admin');
    expect(roleIdOf('MPN partner admin')).toBe('mpn-partner-admin');
  });

  it('gives an unknown role its own slug id', () => {
    expect(roleIdOf('Incentives admin')).toBe('incentives-admin');
  });
});

describe('known ids', () => {
  it('are unique, kebab-case slugs', () => {
    for (const ids of [KNOWN_CLOUDS.map((cloud) => cloud.id), KNOWN_ROLES.map((role) => role.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toBe(slugOf(id));
    }
  });

  it('are recognised by the type guards', () => {
    expect(isKnownCloudId('germany')).toBe(true);
    expect(isKnownCloudId('helpdesk-agent')).toBe(false);
    expect(isKnownRoleId('helpdesk-agent')).toBe(true);
    expect(isKnownRoleId('germany')).toBe(false);
  });
});

describe('slugOf', () => {
  it('lowercases, strips diacritics and joins words with single hyphens', () => {
    expect(slugOf('  Partner Center — Zürich (Beta)! ')).toBe('partner-center-zurich-beta');
  });
});

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
