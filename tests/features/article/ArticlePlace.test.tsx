import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticlePlace } from '../../../src/domain/navigation';
import { ArticleBreadcrumb, ArticleNeighbours } from '../../../src/features/article/components/ArticlePlace';
import { renderInLocale } from '../render-in-locale';

/** zh-tw's TOC.yml around account-structure (the names are Microsoft's). */
const PLACE: ArticlePlace = {
  trail: [
    { name: '管理合作夥伴中心帳戶', lang: 'zh-tw', slug: null },
    { name: '一般帳戶管理', lang: 'zh-tw', slug: 'general-account' },
  ],
  previous: { slug: 'partner-center-account-setup', name: '關於您的帳戶', lang: 'zh-tw' },
  next: null,
};

const UI = {
  'en-us': {
    label: 'You are here',
    home: 'Home',
    neighbours: 'Previous and next article',
    previous: 'Previous',
  },
  'zh-cn': { label: '当前位置', home: '首页', neighbours: '上一篇和下一篇文章', previous: '上一篇' },
  'zh-tw': { label: '目前位置', home: '首頁', neighbours: '上一篇和下一篇文章', previous: '上一篇' },
};

describe('an article’s place', () => {
  for (const [locale, words] of Object.entries(UI)) {
    it(`shows the breadcrumb in ${locale}: home in the UI’s words, the sections in the TOC’s`, async () => {
      await renderInLocale(<ArticleBreadcrumb place={PLACE} />, `/${locale}/articles/account-structure`);
      const crumbs = await screen.findByRole('navigation', { name: words.label });
      expect(
        within(crumbs)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([words.home, '管理合作夥伴中心帳戶', '一般帳戶管理']);
      expect(within(crumbs).getByRole('link', { name: words.home })).toHaveAttribute('href', `/${locale}/`);
      expect(within(crumbs).getByRole('link', { name: '一般帳戶管理' })).toHaveAttribute(
        'href',
        `/${locale}/articles/general-account`,
      );
      expect(within(crumbs).getByText('管理合作夥伴中心帳戶')).toHaveAttribute('lang', 'zh-TW');
    });

    it(`labels the previous article in ${locale}, and shows no next one at the end`, async () => {
      await renderInLocale(<ArticleNeighbours place={PLACE} />, `/${locale}/articles/account-structure`);
      const neighbours = await screen.findByRole('navigation', { name: words.neighbours });
      const links = within(neighbours).getAllByRole('link');
      expect(links.map((link) => link.textContent)).toEqual([`${words.previous}關於您的帳戶`]);
      expect(links[0]).toHaveAttribute('href', `/${locale}/articles/partner-center-account-setup`);
      expect(links[0]).toHaveAttribute('rel', 'prev');
    });
  }

  it('shows nothing below an article with no neighbours', async () => {
    const { container } = await renderInLocale(
      <ArticleNeighbours place={{ trail: [], previous: null, next: null }} />,
      '/en-us/articles/x',
    );
    expect(container.querySelector('nav')).toBeNull();
  });
});
