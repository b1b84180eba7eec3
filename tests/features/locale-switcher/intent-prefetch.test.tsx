import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocaleSwitcher } from '../../../src/features/locale-switcher/components/LocaleSwitcher';
import { loadedSlugsOf } from '../../../src/lib/content/article-store';
import { loadedNamespacesOf } from '../../../src/lib/i18n/i18n';
import { renderInLocale } from '../render-in-locale';

afterEach(() => {
  // Unmount while the stubs are still there: the switcher cancels its idle callback then.
  cleanup();
  vi.unstubAllGlobals();
});

// A file of its own: module state starts empty, so only the switcher can have loaded other locales.
describe('LocaleSwitcher prefetching on intent', () => {
  it('fetches a locale as soon as its link is pointed at or focused, before the page is idle', async () => {
    // A page that never becomes idle: only the visitor's intent can start the downloads.
    vi.stubGlobal('requestIdleCallback', () => 1);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    await renderInLocale(<LocaleSwitcher />, '/en-us/articles/customer-communication-from-microsoft');
    expect(loadedNamespacesOf('zh-tw')).toEqual([]);

    fireEvent.pointerEnter(screen.getByRole('link', { name: '中文（台灣）' }));
    expect(loadedNamespacesOf('zh-tw')).toContain('locale-switcher');
    expect(loadedSlugsOf('zh-tw')).toEqual(['customer-communication-from-microsoft']);
    expect(loadedNamespacesOf('zh-cn')).toEqual([]);

    screen.getByRole('link', { name: '中文（中国）' }).focus();
    fireEvent.focus(screen.getByRole('link', { name: '中文（中国）' }));
    expect(loadedNamespacesOf('zh-cn')).toContain('locale-switcher');
    expect(loadedSlugsOf('zh-cn')).toEqual(['customer-communication-from-microsoft']);
  });
});
