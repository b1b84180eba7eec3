import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EarlierVersionNotice } from '../../../src/features/article/components/EarlierVersionNotice';
import { renderInLocale } from '../render-in-locale';

const SLUG = 'customer-communication-from-microsoft';
const ARTICLE = `/articles/${SLUG}`;

describe('EarlierVersionNotice', () => {
  it('tells a zh-tw reader the translation is of an earlier version, with a link to the current English', async () => {
    await renderInLocale(<EarlierVersionNotice slug={SLUG} locale="zh-tw" />, `/zh-tw${ARTICLE}`);
    expect(await screen.findByText(/此翻譯是根據本文較早的版本。/)).toHaveAttribute('lang', 'zh-TW');
    const link = screen.getByRole('link', { name: '閱讀目前的英文版本' });
    expect(link).toHaveAttribute('href', `/en-us${ARTICLE}`);
    expect(link).toHaveAttribute('hreflang', 'en-US');
  });

  it('keeps the query on the link to the current English', async () => {
    await renderInLocale(
      <EarlierVersionNotice slug={SLUG} locale="zh-tw" />,
      `/zh-tw${ARTICLE}?cloud=germany`,
    );
    expect(await screen.findByRole('link', { name: '閱讀目前的英文版本' })).toHaveAttribute(
      'href',
      `/en-us${ARTICLE}?cloud=germany`,
    );
  });

  it('says nothing for versions of the newest source', async () => {
    for (const locale of ['en-us', 'zh-cn'] as const) {
      const { container, unmount } = await renderInLocale(
        <EarlierVersionNotice slug={SLUG} locale={locale} />,
        `/${locale}${ARTICLE}`,
      );
      await screen.findByTestId('location');
      expect(container.querySelector('.version-notice')).toBeNull();
      expect(screen.queryByText(/earlier version|较早的版本/)).not.toBeInTheDocument();
      unmount();
    }
  });
});
