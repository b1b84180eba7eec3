import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../../src/features/agent-tools/components/SearchBox';
import { renderInLocale } from '../render-in-locale';

describe('SearchBox (combobox)', () => {
  it('lists zh-cn sentences as the agent types, moves with the arrow keys and opens the active one with Enter', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SearchBox />, '/zh-cn/');
    const field = await screen.findByRole('combobox', { name: '搜索帮助中心' });
    expect(field).toHaveAttribute('type', 'search');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    await user.click(field);
    await user.type(field, '订阅');
    // The first test loads the engine and index chunks: more than findBy's default second in a busy worker.
    const list = await screen.findByRole('listbox', { name: '搜索结果' }, { timeout: 8000 });
    const options = within(list).getAllByRole('option');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    expect(options[0]).toHaveTextContent('Microsoft 不会将有关他们的订阅的通讯直接发送给你的客户');
    expect(within(options[0] as HTMLElement).getByText('订阅').tagName).toBe('MARK');

    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(field).toHaveAttribute('aria-activedescendant', options.at(-1)?.id);
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toMatch(
        /^\/zh-cn\/articles\/customer-communication-from-microsoft#s-[0-9a-f]{8}$/,
      ),
    );
    expect(field).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the list with Escape and keeps the query', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SearchBox />, '/en-us/');
    const field = await screen.findByRole('combobox', { name: 'Search the help center' });
    await user.click(field);
    await user.type(field, 'billing');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field).toHaveValue('billing');
  });

  it('says when nothing matches, showing the query as text', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SearchBox />, '/zh-tw/');
    const field = await screen.findByRole('combobox', { name: '搜尋說明中心' });
    await user.click(field);
    await user.type(field, '<b>zzzz</b>');
    expect(await screen.findByText(/沒有與「<b>zzzz<\/b>」相符的句子。 請嘗試/)).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(field).toHaveAttribute('aria-expanded', 'false');
  });

  it('Enter with no active result goes to the results page for the query', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SearchBox />, '/en-us/');
    const field = await screen.findByRole('combobox', { name: 'Search the help center' });
    await user.click(field);
    await user.type(field, 'service incident{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/en-us/search?q=service+incident'),
    );
  });

  it('focuses the field on / but not while typing elsewhere', async () => {
    const user = userEvent.setup();
    await renderInLocale(
      <>
        <label>
          Notes <input type="text" />
        </label>
        <SearchBox />
      </>,
      '/en-us/',
    );
    const field = await screen.findByRole('combobox', { name: 'Search the help center' });
    await user.click(screen.getByLabelText('Notes'));
    await user.keyboard('/');
    expect(field).not.toHaveFocus();
    expect(screen.getByLabelText('Notes')).toHaveValue('/');
    await user.click(document.body);
    await user.keyboard('/');
    expect(field).toHaveFocus();
  });
});
