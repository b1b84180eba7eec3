import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppliesToFilter } from '../../../src/features/applies-to/components/AppliesToFilter';
import { renderInLocale } from '../render-in-locale';

const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => [option.textContent, option.getAttribute('lang')]);

const location = () => screen.getByTestId('location').textContent;

describe('AppliesToFilter', () => {
  it('is a GET form with labelled cloud and role controls and a submit button, so it works without JavaScript', async () => {
    const { container } = await renderInLocale(<AppliesToFilter />, '/en-us/');
    const cloud = await screen.findByLabelText('Cloud');
    const role = screen.getByLabelText('Role');
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/en-us/');
    expect(cloud).toHaveAttribute('name', 'cloud');
    expect(role).toHaveAttribute('name', 'role');
    expect(screen.getByRole('button', { name: 'Apply filter' })).toHaveAttribute('type', 'submit');
    expect(screen.getByRole('region', { name: 'Filter by cloud and role' })).toHaveAttribute('lang', 'en-US');
  });

  it('offers every cloud and role that any version of the article lists, Germany from the older zh-tw one too', async () => {
    await renderInLocale(<AppliesToFilter />, '/en-us/');
    expect(optionsOf(await screen.findByLabelText('Cloud'))).toEqual([
      ['Any cloud', null],
      ['Partner Center', 'en-US'],
      ['Partner Center for Microsoft Cloud for US Government', 'en-US'],
      ['Partner Center for Microsoft Cloud Germany', 'en-US'],
    ]);
    expect(optionsOf(screen.getByLabelText('Role'))).toEqual([
      ['Any role', null],
      ['Helpdesk agent', 'en-US'],
    ]);
  });

  it('names values as the zh-cn article does, and translates Germany, which that version does not list', async () => {
    await renderInLocale(<AppliesToFilter />, '/zh-cn/');
    expect(optionsOf(await screen.findByLabelText('云'))).toEqual([
      ['任意云', null],
      ['合作伙伴中心', 'zh-CN'],
      ['合作伙伴中心Microsoft Cloud for US Government', 'zh-CN'],
      ['德国 Microsoft Cloud 合作伙伴中心', 'zh-CN'],
    ]);
    expect(optionsOf(screen.getByLabelText('角色'))).toEqual([
      ['任意角色', null],
      ['支持人员代理', 'zh-CN'],
    ]);
  });

  it('names values as the zh-tw article does, and translates the role, which that version does not list', async () => {
    await renderInLocale(<AppliesToFilter />, '/zh-tw/');
    expect(optionsOf(await screen.findByLabelText('雲端'))).toEqual([
      ['任何雲端', null],
      ['合作夥伴中心', 'zh-TW'],
      ['美國政府適用的 Microsoft Cloud 合作夥伴中心', 'zh-TW'],
      ['Microsoft Cloud 德國合作夥伴中心', 'zh-TW'],
    ]);
    expect(optionsOf(screen.getByLabelText('角色'))).toEqual([
      ['任何角色', null],
      ['技術支援專員', 'zh-TW'],
    ]);
  });

  it('shows the cloud and role of the URL as chosen', async () => {
    await renderInLocale(<AppliesToFilter />, '/en-us/?cloud=us-government&role=helpdesk-agent');
    expect(await screen.findByLabelText('Cloud')).toHaveValue('us-government');
    expect(screen.getByLabelText('Role')).toHaveValue('helpdesk-agent');
  });

  it('puts a choice into the URL in place, keeping the other query parameters', async () => {
    await renderInLocale(<AppliesToFilter />, '/en-us/?ref=ticket');
    await userEvent.selectOptions(
      await screen.findByLabelText('Cloud'),
      'Partner Center for Microsoft Cloud Germany',
    );
    expect(location()).toBe('/en-us/?ref=ticket&cloud=germany');
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'Helpdesk agent');
    expect(location()).toBe('/en-us/?ref=ticket&cloud=germany&role=helpdesk-agent');
    await userEvent.selectOptions(screen.getByLabelText('Cloud'), 'Any cloud');
    expect(location()).toBe('/en-us/?ref=ticket&role=helpdesk-agent');
  });

  it('keeps a valid role and drops an unknown cloud (the page’s notice reports it)', async () => {
    await renderInLocale(
      <AppliesToFilter />,
      `/en-us/?cloud=${encodeURIComponent('<script>x</script>')}&role=helpdesk-agent`,
    );
    expect(await screen.findByLabelText('Cloud')).toHaveValue('');
    expect(screen.getByLabelText('Role')).toHaveValue('helpdesk-agent');
    expect(document.querySelector('script')).toBeNull();
  });

  it('clears the filter and the ignored values, keeping other parameters and the keyboard focus in the form', async () => {
    await renderInLocale(<AppliesToFilter />, '/en-us/?ref=ticket&cloud=nowhere&role=helpdesk-agent');
    await userEvent.click(await screen.findByRole('link', { name: 'Clear filter' }));
    expect(location()).toBe('/en-us/?ref=ticket');
    expect(screen.getByLabelText('Role')).toHaveValue('');
    expect(screen.queryByRole('link', { name: 'Clear filter' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Cloud')).toHaveFocus();
  });

  it('offers no clear control when there is nothing to clear', async () => {
    await renderInLocale(<AppliesToFilter />, '/en-us/');
    await screen.findByLabelText('Cloud');
    expect(screen.queryByRole('link', { name: 'Clear filter' })).not.toBeInTheDocument();
  });
});
