import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleSwitcher } from '../../../src/features/locale-switcher/components/LocaleSwitcher';
import { loadedSlugsOf } from '../../../src/lib/content/article-store';
import { loadedNamespacesOf } from '../../../src/lib/i18n/i18n';
import { renderInLocale } from '../render-in-locale';

// A file of its own: module state starts empty, so only the switcher's prefetch can load other locales.
describe('LocaleSwitcher prefetching', () => {
  it('fetches what the page needs in the other locales once the page is idle, so a switch is instant', async () => {
    await renderInLocale(<LocaleSwitcher />, '/zh-cn/articles/customer-communication-from-microsoft');
    expect(loadedNamespacesOf('zh-tw')).toEqual([]);
    expect(loadedSlugsOf('zh-tw')).toEqual([]);
    await waitFor(() => expect(loadedNamespacesOf('zh-tw')).toContain('locale-switcher'), { timeout: 3000 });
    expect(loadedSlugsOf('zh-tw')).toEqual(['customer-communication-from-microsoft']);
    expect(loadedNamespacesOf('en-us')).toContain('article');
  });
});
