import { describe, expect, it } from 'vitest';
import { preloadRoute, rendersWithoutLoading } from '../../src/app/boot';
import { loadArticle } from '../../src/lib/content/article-store';
import { loadLocaleStrings } from '../../src/lib/i18n/i18n';

const slug = 'customer-communication-from-microsoft';
const url = (pathname: string, search = '') => ({ pathname, search });

// One story, in order: module state (loaded code, strings, articles) lives for the whole file.
describe('rendersWithoutLoading', () => {
  it('says yes only once a URL’s page code, strings and articles are all loaded', async () => {
    expect(rendersWithoutLoading(url('/en-us/'))).toBe(false);

    await preloadRoute(url('/en-us/'));
    expect(rendersWithoutLoading(url('/en-us/'))).toBe(true);
    // Same page, other locale: its strings are not here yet.
    expect(rendersWithoutLoading(url('/zh-cn/'))).toBe(false);
    await loadLocaleStrings('zh-cn', ['app', 'locale-switcher', 'routes', 'wizard', 'applies-to']);
    expect(rendersWithoutLoading(url('/zh-cn/'))).toBe(true);

    // Another kind of page: its code and its article are not loaded yet.
    expect(rendersWithoutLoading(url(`/en-us/articles/${slug}`))).toBe(false);
    await preloadRoute(url(`/en-us/articles/${slug}`));
    expect(rendersWithoutLoading(url(`/en-us/articles/${slug}`))).toBe(true);
    // Its article in zh-cn is still missing; then the article feature's strings.
    expect(rendersWithoutLoading(url(`/zh-cn/articles/${slug}`))).toBe(false);
    await loadArticle(slug, 'zh-cn');
    expect(rendersWithoutLoading(url(`/zh-cn/articles/${slug}`))).toBe(false);
    await loadLocaleStrings('zh-cn', ['article']);
    expect(rendersWithoutLoading(url(`/zh-cn/articles/${slug}`))).toBe(true);

    // A filter in an article URL needs the notices' code; the wizard needs its own code.
    expect(rendersWithoutLoading(url(`/en-us/articles/${slug}`, '?cloud=germany'))).toBe(false);
    expect(rendersWithoutLoading(url('/en-us/who-contacts-my-customer'))).toBe(false);
  });
});
