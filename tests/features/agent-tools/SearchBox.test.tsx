import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SiteSearch } from '../../../src/features/agent-tools/components/SiteSearch';
import { renderInLocale } from '../render-in-locale';

/** Focuses the header's plain field, which becomes the combobox in place once loaded, focus and text kept. */
async function focusField(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('searchbox', { name }));
  // The first test loads the combobox's chunk: more than findBy's default second in a busy worker.
  const field = await screen.findByRole('combobox', { name }, { timeout: 8000 });
  expect(field).toHaveFocus();
  return field;
}

describe('header search field (a plain GET form, then a combobox)', () => {
  it('is a labelled search field in a GET form to the results page until it is focused', async () => {
    await renderInLocale(<SiteSearch />, '/zh-tw/');
    const field = await screen.findByRole('searchbox', { name: '搜尋說明中心' });
    expect(field).toHaveAttribute('type', 'search');
    expect(field).toHaveAttribute('name', 'q');
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('action', '/zh-tw/search');
    expect(form).toHaveAttribute('method', 'get');
    expect(screen.getByRole('button', { name: '搜尋' })).toHaveAttribute('type', 'submit');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('keeps what was typed while the combobox loaded, and lists its results', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SiteSearch />, '/en-us/');
    const plain = await screen.findByRole('searchbox', { name: 'Search the help center' });
    await user.click(plain);
    await user.keyboard('billing');
    const field = await screen.findByRole('combobox', { name: 'Search the help center' }, { timeout: 8000 });
    expect(field).toHaveValue('billing');
    expect(field).toHaveFocus();
    const list = await screen.findByRole('listbox', { name: 'Search results' }, { timeout: 8000 });
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent(
      /^Because you own the customer billing relationship/,
    );
  });

  it('lists zh-cn sentences as the agent types, moves with the arrow keys and opens the active one with Enter', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SiteSearch />, '/zh-cn/');
    const field = await focusField(user, '搜索帮助中心');
    expect(field).toHaveAttribute('type', 'search');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    await user.type(field, '订阅');
    // The first search loads the engine and index chunks: more than findBy's default second in a busy worker.
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

  it('on zh-tw, shows an English match as a short excerpt around the marked words, cut between words', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SiteSearch />, '/zh-tw/');
    const field = await focusField(user, '搜尋說明中心');
    await user.type(field, 'incidents');
    const list = await screen.findByRole('listbox', { name: '搜尋結果' }, { timeout: 8000 });
    const [first] = within(list).getAllByRole('option');
    expect(first).toHaveTextContent('Microsoft 可能會直接與客戶交流有關服務事件或其他操作資訊。');
    expect(first).toHaveTextContent('相符的語言：英文（美國）');
    const english = first?.querySelector('[lang="en-US"]');
    expect(within(english as HTMLElement).getByText('incidents').tagName).toBe('MARK');
    // The whole sentence is 110 characters; the list shows at most 90 of them and an ellipsis.
    expect(english?.textContent).toContain('…');
    expect(english?.textContent).not.toMatch(/… | …/);
    expect(Array.from(english?.textContent ?? '').length).toBeLessThanOrEqual(92);
  });

  it('closes the list with Escape and keeps the query', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SiteSearch />, '/en-us/');
    const field = await focusField(user, 'Search the help center');
    await user.type(field, 'billing');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field).toHaveValue('billing');
  });

  it('says when nothing matches, showing the query as text', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SiteSearch />, '/zh-tw/');
    const field = await focusField(user, '搜尋說明中心');
    await user.type(field, '<b>zzzz</b>');
    expect(await screen.findByText(/沒有與「<b>zzzz<\/b>」相符的句子。 請嘗試/)).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(field).toHaveAttribute('aria-expanded', 'false');
  });

  it('Enter with no active result goes to the results page for the query', async () => {
    const user = userEvent.setup();
    await renderInLocale(<SiteSearch />, '/en-us/');
    const field = await focusField(user, 'Search the help center');
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
        <SiteSearch />
      </>,
      '/en-us/',
    );
    const field = await screen.findByRole('searchbox', { name: 'Search the help center' });
    await user.click(screen.getByLabelText('Notes'));
    await user.keyboard('/');
    expect(field).not.toHaveFocus();
    expect(screen.getByLabelText('Notes')).toHaveValue('/');
    await user.click(document.body);
    expect(field).not.toHaveFocus();
    await user.keyboard('/');
    // Focused, the field becomes the combobox (at once when its code is already loaded), focused, no "/".
    const combobox = await screen.findByRole(
      'combobox',
      { name: 'Search the help center' },
      { timeout: 8000 },
    );
    expect(combobox).toHaveFocus();
    expect(combobox).toHaveValue('');
  });
});
