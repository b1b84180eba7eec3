import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleSwitcher } from '../../../src/features/locale-switcher/components/LocaleSwitcher';
import { renderInLocale } from '../render-in-locale';

const ARTICLE = '/articles/customer-communication-from-microsoft';

describe('LocaleSwitcher', () => {
  it('offers every locale under its native name, marked with its own lang', async () => {
    await renderInLocale(<LocaleSwitcher />, `/en-us${ARTICLE}`);
    const nav = await screen.findByRole('navigation', { name: 'Language' });
    const links = Array.from(nav.querySelectorAll('a')).map((link) => [link.textContent, link.lang]);
    expect(links).toEqual([
      ['English (United States)', 'en-US'],
      ['中文（中国）', 'zh-CN'],
      ['中文（台灣）', 'zh-TW'],
    ]);
  });

  it('marks the current locale and labels itself in that locale', async () => {
    await renderInLocale(<LocaleSwitcher />, `/zh-tw${ARTICLE}`);
    const nav = await screen.findByRole('navigation', { name: '語言' });
    expect(nav.querySelector('[aria-current]')).toHaveTextContent('中文（台灣）');
  });

  it('links to the same page in the other locale, keeping the query and the hash', async () => {
    await renderInLocale(<LocaleSwitcher />, `/en-us${ARTICLE}?cloud=germany#next-steps`);
    const link = await screen.findByRole('link', { name: '中文（中国）' });
    expect(link).toHaveAttribute('href', `/zh-cn${ARTICLE}?cloud=germany#next-steps`);
  });

  it('navigates and remembers the choice when a locale is chosen', async () => {
    await renderInLocale(<LocaleSwitcher />, `/en-us${ARTICLE}#next-steps`);
    await userEvent.click(await screen.findByRole('link', { name: '中文（台灣）' }));
    expect(screen.getByTestId('location')).toHaveTextContent(`/zh-tw${ARTICLE}#next-steps`);
    // Written once the page is idle, so the write does not delay the switch.
    await waitFor(() => expect(localStorage.getItem('help-center.locale')).toBe('zh-tw'), {
      timeout: 3000,
    });
  });
});
