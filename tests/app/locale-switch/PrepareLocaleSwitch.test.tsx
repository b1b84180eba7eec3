import { cleanup, render, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrepareLocaleSwitch } from '../../../src/app/locale-switch/PrepareLocaleSwitch';
import { loadArticle, loadedSlugsOf } from '../../../src/lib/content/article-store';
import { loadedNamespacesOf, loadLocaleStrings } from '../../../src/lib/i18n/i18n';
import { SETTLED_MARK } from '../../../src/lib/scheduling/settled-mark';

const ARTICLE = '/articles/customer-communication-from-microsoft';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The marks set, by name, with what they say. */
function recordMarks() {
  const mark = vi.fn();
  vi.stubGlobal('performance', { now: () => Date.now(), mark });
  return mark;
}

// A file of its own: module state starts empty, so only this component can load other locales.
describe('PrepareLocaleSwitch', () => {
  it('fetches what the page needs in the other locales once the page is idle, then marks it settled', async () => {
    // The page on screen has what it renders with (as the app's boot loads it).
    await Promise.all([loadLocaleStrings('zh-cn'), loadArticle(ARTICLE.split('/')[2] ?? '', 'zh-cn')]);
    const mark = recordMarks();
    render(
      <MemoryRouter initialEntries={[`/zh-cn${ARTICLE}?cloud=germany`]}>
        <PrepareLocaleSwitch />
      </MemoryRouter>,
    );
    expect(loadedNamespacesOf('zh-tw')).toEqual([]);
    await waitFor(() => expect(loadedNamespacesOf('zh-tw')).toContain('article'), { timeout: 6000 });
    // One download per idle moment: the article follows the strings.
    await waitFor(() => expect(loadedSlugsOf('zh-tw')).toEqual(['customer-communication-from-microsoft']));
    await waitFor(() => expect(loadedNamespacesOf('en-us')).toContain('locale-switcher'));
    await waitFor(() => expect(mark).toHaveBeenCalled(), { timeout: 12_000 });
    expect(mark).toHaveBeenCalledWith(SETTLED_MARK, {
      detail: {
        page: `/zh-cn${ARTICLE}?cloud=germany`,
        prepared: [`/en-us${ARTICLE}?cloud=germany`, `/zh-tw${ARTICLE}?cloud=germany`],
      },
    });
  }, 20_000);

  it('settles pages that have no other locales to prepare, and stops when the visitor moves on', async () => {
    const mark = recordMarks();
    const { unmount } = render(
      <MemoryRouter initialEntries={['/xx-yy/unknown']}>
        <PrepareLocaleSwitch />
      </MemoryRouter>,
    );
    await waitFor(
      () =>
        expect(mark).toHaveBeenCalledWith(SETTLED_MARK, { detail: { page: '/xx-yy/unknown', prepared: [] } }),
      { timeout: 6000 },
    );

    mark.mockClear();
    render(
      <MemoryRouter initialEntries={['/']}>
        <PrepareLocaleSwitch />
      </MemoryRouter>,
    );
    unmount();
    cleanup();
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(mark).not.toHaveBeenCalled();
  }, 20_000);
});
