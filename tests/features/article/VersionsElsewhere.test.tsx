import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VersionsElsewhere } from '../../../src/features/article/components/VersionsElsewhere';
import { loadIndex } from '../../../src/lib/content/article-store';
import { renderInLocale } from '../render-in-locale';

const SLUG = 'customer-communication-from-microsoft';

/**
 * The page for an article URL in a locale the article lacks. The project's article exists in every locale,
 * so its index stands in for one that lacks the page's locale: the page lists whatever versions it is given.
 */
const index = async (locales: string[]) => {
  const loaded = await loadIndex(SLUG);
  if (!loaded) throw new Error(`no index for ${SLUG}`);
  return { ...loaded, versions: loaded.versions.filter((version) => locales.includes(version.locale)) };
};

describe('VersionsElsewhere', () => {
  const cases = [
    { locale: 'zh-cn', title: '本文没有中文（中国）版本', body: '本文有以下语言的版本：' },
    { locale: 'zh-tw', title: '本文沒有中文（台灣）版本', body: '本文有以下語言的版本：' },
    {
      locale: 'en-us',
      title: 'This article is not available in American English',
      body: 'It exists in these languages:',
    },
  ];
  for (const { locale, title, body } of cases) {
    it(`says in ${locale} that the article is not in that language, and links to each version`, async () => {
      const others = ['en-us', 'zh-cn', 'zh-tw'].filter((each) => each !== locale);
      await renderInLocale(<VersionsElsewhere index={await index(others)} />, `/${locale}/articles/${SLUG}`);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByText(body)).toBeInTheDocument();
      const items = screen.getAllByRole('listitem');
      expect(items).toHaveLength(2);
      for (const [position, other] of others.entries()) {
        const link = within(items[position] as HTMLElement).getByRole('link');
        expect(link).toHaveAttribute('href', `/${other}/articles/${SLUG}`);
        expect(link).toHaveAttribute('lang', { 'en-us': 'en-US', 'zh-cn': 'zh-CN', 'zh-tw': 'zh-TW' }[other]);
        // Each version dated, or said to have no date, in the reader's language.
        expect(items[position]?.querySelector('time') ?? items[position]).toBeTruthy();
      }
    });
  }

  it('names each language in its own words and gives its review date in the reader’s', async () => {
    const given = await index(['en-us', 'zh-tw']);
    await renderInLocale(<VersionsElsewhere index={given} />, `/zh-cn/articles/${SLUG}`);
    const items = await screen.findAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^English \(United States\)/);
    expect(items[1]).toHaveTextContent(/^中文（台灣）/);
    for (const [position, version] of given.versions.entries()) {
      const item = items[position];
      if (version.date === null) {
        expect(item).toHaveTextContent(/未注明审阅日期$/);
      } else {
        expect(item?.querySelector('time')).toHaveAttribute('datetime', version.date);
        expect(item).toHaveTextContent(/上次审阅日期：\d{4}年\d{1,2}月\d{1,2}日$/);
      }
    }
  });
});
