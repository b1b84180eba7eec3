import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FilteredArticleList } from '../../../src/features/applies-to/components/FilteredArticleList';
import { renderInLocale } from '../render-in-locale';

const SLUG = 'customer-communication-from-microsoft';
const card = () => screen.getAllByRole('listitem').find((item) => item.classList.contains('card'));

describe('FilteredArticleList', () => {
  it('lists the articles of the locale with their applies-to and roles badges, and nothing marked without a filter', async () => {
    await renderInLocale(<FilteredArticleList />, '/zh-cn/');
    const link = await screen.findByRole('link', { name: '客户与 Microsoft 成功通信的准则' });
    expect(link).toHaveAttribute('href', `/zh-cn/articles/${SLUG}`);
    const item = card();
    expect(item).toHaveAttribute('lang', 'zh-CN');
    expect(
      within(item as HTMLElement).getByText('合作伙伴中心Microsoft Cloud for US Government'),
    ).toHaveClass('badge');
    expect(within(item as HTMLElement).getByText('支持人员代理')).toHaveClass('badge');
    expect(item).not.toHaveClass('card-not-listed');
    expect(screen.queryByText(/未列出/)).not.toBeInTheDocument();
  });

  it('shows the article as applying to the chosen cloud, with the chosen badge marked', async () => {
    await renderInLocale(<FilteredArticleList />, '/zh-tw/?cloud=us-government');
    expect(
      await screen.findByText(
        (_, element) =>
          element?.tagName === 'LI' &&
          element.textContent === '適用於您的雲端：美國政府適用的 Microsoft Cloud 合作夥伴中心',
      ),
    ).toHaveClass('applies-to-listed');
    expect(
      screen.getByText('美國政府適用的 Microsoft Cloud 合作夥伴中心', { selector: '.badge' }),
    ).toHaveClass('badge-chosen');
    expect(screen.getByText('列出所選項目的文章：1 篇，共 1 篇')).toHaveAttribute('role', 'status');
  });

  it('keeps an article that does not list the chosen cloud, marked, with a link to the version that does', async () => {
    await renderInLocale(<FilteredArticleList />, '/en-us/?cloud=germany&ref=ticket');
    const marker = await screen.findByText(
      (_, element) =>
        element?.tagName === 'LI' &&
        element.textContent ===
          'Does not list Partner Center for Microsoft Cloud Germany. The 中文（台灣） version lists it.',
    );
    expect(marker).toHaveClass('applies-to-not-listed');
    expect(card()).toHaveClass('card-not-listed');
    const other = within(marker).getByRole('link', { name: '中文（台灣）' });
    expect(other).toHaveAttribute('href', `/zh-tw/articles/${SLUG}?ref=ticket&cloud=germany`);
    expect(other).toHaveAttribute('lang', 'zh-TW');
    expect(screen.getByText('Articles that list your choice: 0 of 1')).toBeInTheDocument();
  });

  it('links to the article keeping the filter and the other query parameters, without ignored values', async () => {
    await renderInLocale(<FilteredArticleList />, '/en-us/?ref=ticket&cloud=bogus&role=helpdesk-agent');
    const link = await screen.findByRole('link', {
      name: 'Guidelines for successful customer communication with Microsoft',
    });
    expect(link).toHaveAttribute('href', `/en-us/articles/${SLUG}?ref=ticket&role=helpdesk-agent`);
  });

  it('says a version names no roles, and which versions list the chosen role', async () => {
    await renderInLocale(<FilteredArticleList />, '/zh-tw/?role=helpdesk-agent');
    const marker = await screen.findByText(
      (_, element) =>
        element?.tagName === 'LI' &&
        element.textContent ===
          '未列出角色「技術支援專員」：此版本未註明適當的角色。English (United States)和中文（中国）版本有列出此項目。',
    );
    expect(within(marker).getByText('技術支援專員')).toHaveAttribute('lang', 'zh-TW');
    expect(within(marker).getByRole('link', { name: '中文（中国）' })).toHaveAttribute(
      'href',
      `/zh-cn/articles/${SLUG}?role=helpdesk-agent`,
    );
  });

  it('tells that the zh-tw version translates an earlier version of the article', async () => {
    await renderInLocale(<FilteredArticleList />, '/zh-tw/');
    expect(await screen.findByText('此翻譯是根據本文較早的版本。')).toBeInTheDocument();
  });
});
