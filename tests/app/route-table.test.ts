import { describe, expect, it } from 'vitest';
import { prerenderTargets, resolveRoute, type ResolvedRoute } from '../../src/app/route-table';

const ARTICLE = 'customer-communication-from-microsoft';
const preferred = () => 'zh-tw';
const resolve = (pathname: string) => resolveRoute(pathname, preferred);
const pageId = (route: ResolvedRoute) => (route.kind === 'page' ? route.route.id : route.kind);

describe('resolveRoute', () => {
  it('gives each documented URL its page, with its parameters and the articles it needs', () => {
    expect(resolve('/')).toEqual({ kind: 'root' });
    expect(pageId(resolve('/zh-cn/'))).toBe('home');
    expect(pageId(resolve('/zh-cn'))).toBe('home');
    const article = resolve(`/en-us/articles/${ARTICLE}`);
    expect(article).toMatchObject({
      kind: 'page',
      locale: 'en-us',
      params: { slug: ARTICLE },
      versions: [{ slug: ARTICLE, locale: 'en-us' }],
    });
    expect(resolve('/zh-tw/who-contacts-my-customer')).toMatchObject({
      locale: 'zh-tw',
      versions: [{ slug: ARTICLE, locale: 'zh-tw' }],
    });
  });

  it('sends an upper-case locale to the lowercase URL, keeping the rest of the path', () => {
    expect(resolve(`/zh-TW/articles/${ARTICLE}`)).toEqual({
      kind: 'redirect',
      pathname: `/zh-tw/articles/${ARTICLE}`,
    });
  });

  it('answers an unknown locale in the preferred one, naming what was asked for as written', () => {
    expect(resolve('/%3Cb%3Ex/articles/y')).toEqual({
      kind: 'unknown-locale',
      locale: 'zh-tw',
      requested: '<b>x',
    });
    expect(resolve('/%E0%A4%A/')).toMatchObject({ requested: '%E0%A4%A' });
  });

  it('is not found for an article that does not exist, a deeper path or any odd character', () => {
    for (const path of [
      '/en-us/articles/no-such-article',
      `/en-us/articles/${ARTICLE}/more`,
      '/en-us/who-contacts-my-customer/x',
      '/en-us/a%E2%80%A8b%E2%80%A9c',
      '/en-us/a\u2028b',
      '/en-us/a%0Ab',
      '/en-us/a\nb',
    ]) {
      expect(resolve(path), path).toEqual({ kind: 'not-found', locale: 'en-us' });
    }
  });
});

describe('prerenderTargets', () => {
  const urls = prerenderTargets({
    filters: ['?cloud=germany'],
    articleFilters: () => ['?cloud=germany'],
    wizard: ['?cloud=germany'],
  }).map((target) => target.url);

  it('covers the root, a neutral and a per-locale 404, and every route in every locale with its queries', () => {
    expect(urls).toContain('/');
    expect(urls).toContain('/__not-found__');
    for (const locale of ['en-us', 'zh-cn', 'zh-tw']) {
      expect(urls).toContain(`/${locale}/__not-found__`);
      expect(urls).toContain(`/${locale}/`);
      expect(urls).toContain(`/${locale}/?cloud=germany`);
      expect(urls).toContain(`/${locale}/articles/${ARTICLE}?cloud=germany`);
      expect(urls).toContain(`/${locale}/who-contacts-my-customer?cloud=germany`);
    }
    expect(new Set(urls).size).toBe(urls.length);
  });
});
