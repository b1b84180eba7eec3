import { describe, expect, it } from 'vitest';
import {
  KNOWN_CLOUDS,
  KNOWN_PROGRAMS,
  KNOWN_ROLES,
  MAX_OPTION_WORDS,
  aliasSlugsOf,
  classifyValue,
  cloudIdOf,
  isKnownCloudId,
  isKnownRoleId,
  matchKeyOf,
  readsLikeSentence,
  roleIdOf,
  slugOf,
  type ValueLine,
} from '../../src/domain/applies-to-values';

const classified = (line: ValueLine, values: readonly string[]) =>
  values.map((english) => {
    const { kind, id } = classifyValue(english, line);
    return `${english} → ${kind} ${id}`;
  });

describe('classifyValue on the applies-to line', () => {
  it('tells the clouds from the programs, products and sentences a real line names', () => {
    expect(
      classified('cloud', [
        'Partner Center',
        'Partner Center for Microsoft Global Cloud',
        'Partner Center for Microsoft Cloud for US Government',
        'Partner Center for Microsoft Government Cloud',
        'Partner Center for Microsoft Cloud Germany',
        'Partner Center India',
        'Partner Center operated by 21Vianet',
        'Partner Center Japan',
        'CSP partners',
        'Cloud Solution Provider program partners',
        'All Advisors',
        'Dynamics 365 CRM',
        'Microsoft 365 Admin Center',
        'Referrals',
        'Contoso Portal',
        'Microsoft partners, CSP partners and more',
        'Partner Center for every cloud that a partner may one day sell in',
      ]),
    ).toEqual([
      'Partner Center → cloud partner-center',
      'Partner Center for Microsoft Global Cloud → cloud partner-center',
      'Partner Center for Microsoft Cloud for US Government → cloud us-government',
      'Partner Center for Microsoft Government Cloud → cloud us-government',
      'Partner Center for Microsoft Cloud Germany → cloud germany',
      'Partner Center India → cloud india',
      'Partner Center operated by 21Vianet → cloud 21vianet',
      'Partner Center Japan → cloud partner-center-japan',
      'CSP partners → program csp',
      'Cloud Solution Provider program partners → program csp',
      'All Advisors → program advisors',
      'Dynamics 365 CRM → program dynamics-365-crm',
      'Microsoft 365 Admin Center → program microsoft-365-admin-center',
      'Referrals → program referrals',
      'Contoso Portal → cloud contoso-portal',
      'Microsoft partners, CSP partners and more → sentence microsoft-partners-csp-partners-and-more',
      'Partner Center for every cloud that a partner may one day sell in → sentence partner-center-for-every-cloud-that-a-partner-may-one-day-sell-in',
    ]);
  });

  it('gives a cloud with no ASCII letters a stable, distinct id', () => {
    expect(cloudIdOf('合作伙伴中心')).toMatch(/^cloud-[0-9a-f]{8}$/);
    expect(cloudIdOf('合作伙伴中心')).not.toBe(cloudIdOf('合作夥伴中心'));
  });

  it('never merges an unknown value into a known id because their slugs collide', () => {
    expect(cloudIdOf('Partner Center Germany')).toBe('partner-center-germany');
    expect(classifyValue('Global-Admin', 'role')).toEqual({
      kind: 'role',
      id: expect.stringMatching(/^global-admin-[0-9a-f]{8}$/),
    });
  });
});

describe('classifyValue on the roles line', () => {
  it('merges the spellings of one role: plural, "administrator", list dashes, case, known aliases', () => {
    expect(
      classified('role', [
        'Global admin',
        'Global Admin',
        'Global admins',
        '-Global admin',
        '– global admin',
        'Global',
        'Account admin',
        'Accounts admin',
        'Advisor',
        'Advisors',
        'Incentives admin',
        'Incentive admin',
        'Incentive administrator',
        'Incentive user',
        'MPN Partner Admin',
        'MPN admin',
        'Helpdesk agent',
        'Help agent',
        'Executive Report Viewer',
      ]),
    ).toEqual([
      'Global admin → role global-admin',
      'Global Admin → role global-admin',
      'Global admins → role global-admin',
      '-Global admin → role global-admin',
      '– global admin → role global-admin',
      'Global → role global-admin',
      'Account admin → role account-admin',
      'Accounts admin → role account-admin',
      'Advisor → role advisor',
      'Advisors → role advisor',
      'Incentives admin → role incentives-admin',
      'Incentive admin → role incentives-admin',
      'Incentive administrator → role incentives-admin',
      'Incentive user → role incentives-user',
      'MPN Partner Admin → role mpn-partner-admin',
      'MPN admin → role mpn-partner-admin',
      'Helpdesk agent → role helpdesk-agent',
      'Help agent → role helpdesk-agent',
      'Executive Report Viewer → role executive-report-viewer',
    ]);
  });

  it('keeps an unknown role an option with its own id, and tells programs and sentences apart', () => {
    expect(
      classified('role', [
        'CHIP admin',
        'Partner Sales Connect (PSC) deal manager',
        'Partners in the CSP program',
        'All Partner Center users',
        'Control panel vendors',
        'Indirect provider',
        'Any user account to open the billing page.',
        'Global admin, to sign the agreement',
        'All partners interested in learning more about CSP',
      ]),
    ).toEqual([
      'CHIP admin → role chip-admin',
      'Partner Sales Connect (PSC) deal manager → role partner-sales-connect-psc-deal-manager',
      'Partners in the CSP program → program csp',
      'All Partner Center users → program all-partners',
      'Control panel vendors → program control-panel-vendors',
      'Indirect provider → program indirect-provider',
      'Any user account to open the billing page. → sentence any-user-account-to-open-the-billing-page',
      'Global admin, to sign the agreement → sentence global-admin-to-sign-the-agreement',
      'All partners interested in learning more about CSP → sentence all-partners-interested-in-learning-more-about-csp',
    ]);
  });

  it('does not take a cloud for a role, nor a role for a cloud: each line has its own known values', () => {
    expect(classifyValue('Partner Center', 'role')).toEqual({ kind: 'role', id: 'partner-center' });
    expect(classifyValue('Admin agent', 'cloud')).toEqual({ kind: 'cloud', id: 'admin-agent' });
  });

  it('gives a role with no ASCII letters a stable, distinct id', () => {
    expect(roleIdOf('全局管理员')).toMatch(/^role-[0-9a-f]{8}$/);
  });
});

describe('readsLikeSentence', () => {
  it.each([
    ['Any account to create support requests.', true],
    ['Why is my invoice late?', true],
    ['Global admin, Billing admin', true],
    ['Admins; agents', true],
    ['Note: global admins only', true],
    ['one two three four five six seven', true],
    ['one two three four five six', false],
    ['Partner Sales Connect (PSC) deal manager', false],
    ['  Global   admin  ', false],
  ])('%j → %s', (english, sentence) => {
    expect(readsLikeSentence(english)).toBe(sentence);
  });

  it('allows options of up to MAX_OPTION_WORDS words', () => {
    expect(MAX_OPTION_WORDS).toBeGreaterThanOrEqual(
      Math.max(...KNOWN_ROLES.map((role) => role.english[0].split(' ').length)),
    );
  });
});

describe('matchKeyOf', () => {
  it('folds plurals, "administrator", list dashes, case and width, and keeps short words and -ss words', () => {
    expect(matchKeyOf(' – Global  Administrators ')).toBe('global admin');
    expect(matchKeyOf('Business profiles')).toBe('business profile');
    expect(matchKeyOf('Partner Center for US Government')).toBe('partner center for us government');
    expect(matchKeyOf('ＭＰＮ admin')).toBe('mpn admin');
  });
});

describe('known values', () => {
  it('have unique kebab-case ids within each kind', () => {
    for (const values of [KNOWN_CLOUDS, KNOWN_ROLES, KNOWN_PROGRAMS]) {
      const ids = values.map((value) => value.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toBe(slugOf(id));
    }
  });

  it('are each classified as their own kind, by every spelling, on their own line', () => {
    for (const [line, values] of [
      ['cloud', KNOWN_CLOUDS],
      ['role', KNOWN_ROLES],
    ] as const) {
      for (const value of values) {
        for (const english of value.english)
          expect(classifyValue(english, line)).toEqual({ kind: line, id: value.id });
      }
    }
    for (const program of KNOWN_PROGRAMS) {
      for (const english of program.english) {
        for (const line of ['cloud', 'role'] as const) {
          expect(classifyValue(english, line)).toEqual({ kind: 'program', id: program.id });
        }
      }
    }
  });

  it('share no spelling between kinds, so no value is two things', () => {
    const keys = [...KNOWN_CLOUDS, ...KNOWN_ROLES, ...KNOWN_PROGRAMS].flatMap((value) =>
      value.english.map(matchKeyOf),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are recognised by the type guards', () => {
    expect(isKnownCloudId('germany')).toBe(true);
    expect(isKnownCloudId('helpdesk-agent')).toBe(false);
    expect(isKnownRoleId('advisor')).toBe(true);
    expect(isKnownRoleId('csp')).toBe(false);
  });
});

describe('aliasSlugsOf', () => {
  it('gives the ids the other spellings had, without the id itself or duplicates', () => {
    expect(aliasSlugsOf('advisor', ['Advisor', 'Advisors', 'advisors'])).toEqual(['advisors']);
    expect(aliasSlugsOf('global-admin', ['Global admin', '-Global admin', 'Global admins'])).toEqual([
      'global-admins',
    ]);
  });
});

describe('slugOf', () => {
  it('lowercases, strips diacritics and joins words with single hyphens', () => {
    expect(slugOf('  Partner Center — Zürich (Beta)! ')).toBe('partner-center-zurich-beta');
  });
});
