import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShortcutsDialog } from '../../../src/features/agent-tools/components/ShortcutsDialog';
import { renderInLocale } from '../render-in-locale';

describe('ShortcutsDialog', () => {
  it.for([
    ['en-us', 'Keyboard shortcuts', 'Copy the reply (wizard answer)', 'Close'],
    ['zh-cn', '键盘快捷键', '复制回复（向导答案）', '关闭'],
    ['zh-tw', '鍵盤快速鍵', '複製回覆（精靈答案）', '關閉'],
  ])('lists / o c ? in %s, saying they do nothing while typing', async ([locale, heading, copy, close]) => {
    await renderInLocale(<ShortcutsDialog onClose={() => {}} />, `/${locale}/`);
    const dialog = await screen.findByRole('dialog', { name: heading });
    expect([...dialog.querySelectorAll('kbd')].map((key) => key.textContent)).toEqual(['/', 'o', 'c', '?']);
    expect(dialog).toHaveTextContent(copy ?? '');
    expect(screen.getByRole('button', { name: close })).toBeInTheDocument();
  });

  it('returns the focus to where it was when it closes', async () => {
    const onClose = vi.fn();
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const { unmount } = await renderInLocale(<ShortcutsDialog onClose={onClose} />, '/en-us/');
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    unmount();
    expect(document.activeElement).toBe(before);
    before.remove();
  });
});
