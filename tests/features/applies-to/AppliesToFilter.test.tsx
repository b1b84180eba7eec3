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

const IGNORED = {
  en: 'Part of the link you followed cannot be used, so it is ignored:',
  zhTw: '您開啟的連結中有部分內容無法使用，已略過：',
};
const ignoredNotice = (name = IGNORED.en) => screen.findByRole('status', { name });
const queryIgnoredNotice = () => screen.queryByRole('status', { name: IGNORED.en });

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
    expect(queryIgnoredNotice()).not.toBeInTheDocument();
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

  it('ignores an unknown cloud with a notice that shows it as text, and keeps the valid role', async () => {
    const { container } = await renderInLocale(
      <AppliesToFilter />,
      `/en-us/?cloud=${encodeURIComponent('<script>x</script>')}&role=helpdesk-agent`,
    );
    const notice = await ignoredNotice();
    expect(notice).toHaveTextContent('the cloud “<script>x</script>”, which this help center does not know');
    expect(notice).toHaveTextContent('The rest of your filter still applies.');
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByLabelText('Cloud')).toHaveValue('');
    expect(screen.getByLabelText('Role')).toHaveValue('helpdesk-agent');
  });

  it('cuts a very long unknown value short and says so in the locale', async () => {
    await renderInLocale(<AppliesToFilter />, `/zh-tw/?role=${'x'.repeat(10_000)}`);
    const notice = await ignoredNotice(IGNORED.zhTw);
    expect(notice).toHaveAttribute('lang', 'zh-TW');
    expect(notice).toHaveTextContent(`角色「${'x'.repeat(40)}…」：本說明中心無法辨識`);
    expect(notice.textContent?.length).toBeLessThan(200);
    expect(notice).not.toHaveTextContent('篩選的其餘部分仍然有效');
  });

  it('reports a second cloud as ignored and uses the first', async () => {
    await renderInLocale(<AppliesToFilter />, '/en-us/?cloud=germany&cloud=partner-center');
    expect(await ignoredNotice()).toHaveTextContent(
      'a second cloud, “partner-center”: only one can be chosen',
    );
    expect(screen.getByLabelText('Cloud')).toHaveValue('germany');
  });

  it('clears the filter and the ignored values, keeping other parameters and the keyboard focus in the form', async () => {
    await renderInLocale(<AppliesToFilter />, '/en-us/?ref=ticket&cloud=nowhere&role=helpdesk-agent');
    await userEvent.click(await screen.findByRole('link', { name: 'Clear filter' }));
    expect(location()).toBe('/en-us/?ref=ticket');
    expect(screen.getByLabelText('Role')).toHaveValue('');
    expect(queryIgnoredNotice()).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Clear filter' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Cloud')).toHaveFocus();
  });

  it('offers no clear control when there is nothing to clear', async () => {
    await renderInLocale(<AppliesToFilter />, '/en-us/');
    await screen.findByLabelText('Cloud');
    expect(screen.queryByRole('link', { name: 'Clear filter' })).not.toBeInTheDocument();
  });
});
