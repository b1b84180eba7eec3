import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppliesToFilter } from '../../../src/features/applies-to/components/AppliesToFilter';
import { renderInLocale } from '../render-in-locale';

/** A larger corpus's vocabulary, as buildVocabulary orders it: the values most articles list first. */
vi.mock('virtual:content/vocabulary', () => ({
  vocabulary: {
    clouds: ['partner-center', 'us-government', 'india'],
    roles: ['global-admin', 'admin-agent', 'advisor', 'chip-admin'],
    english: {
      cloud: {
        'partner-center': 'Partner Center',
        'us-government': 'Partner Center for Microsoft Cloud for US Government',
        india: 'Partner Center India',
      },
      role: {
        'global-admin': 'Global admin',
        'admin-agent': 'Admin agent',
        advisor: 'Advisor',
        'chip-admin': 'CHIP admin',
      },
    },
    labels: {
      cloud: { 'partner-center': { 'zh-cn': '合作伙伴中心' } },
      role: { 'global-admin': { 'zh-cn': '全局管理员' }, 'chip-admin': { 'zh-cn': 'CHIP 管理员' } },
    },
    aliases: { clouds: {}, roles: { advisors: 'advisor' } },
  },
}));

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('AppliesToFilter options', () => {
  it('lists clouds and roles in the vocabulary’s order, the most listed first, in en-us', async () => {
    await renderInLocale(<AppliesToFilter />, '/en-us/');
    expect(optionTexts(await screen.findByLabelText('Cloud'))).toEqual([
      'Any cloud',
      'Partner Center',
      'Partner Center for Microsoft Cloud for US Government',
      'Partner Center India',
    ]);
    expect(optionTexts(screen.getByLabelText('Role'))).toEqual([
      'Any role',
      'Global admin',
      'Admin agent',
      'Advisor',
      'CHIP admin',
    ]);
  });

  it('keeps that order in zh-cn and zh-tw, naming values by the articles, else by the UI strings', async () => {
    await renderInLocale(<AppliesToFilter />, '/zh-cn/');
    expect(optionTexts(await screen.findByLabelText('角色'))).toEqual([
      '任意角色',
      '全局管理员',
      '管理员代理',
      '顾问',
      'CHIP 管理员',
    ]);
  });

  it('names a merged spelling of the URL by its value: ?role=advisors chooses Advisor', async () => {
    await renderInLocale(<AppliesToFilter />, '/zh-tw/?role=advisors');
    const role = await screen.findByLabelText('角色');
    expect(role).toHaveValue('advisor');
    expect(optionTexts(role)).toEqual(['任何角色', '全域管理員', '系統管理員代理人', '顧問', 'CHIP admin']);
  });
});
