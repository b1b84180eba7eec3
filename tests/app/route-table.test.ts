import { describe, expect, it } from 'vitest';
import budgets from '../../bench/budgets.json';
import {
  needsOf,
  PAGE_ROUTES,
  prerenderTargets,
  resolveRoute,
  routeManifest,
  type ResolvedRoute,
} from '../../src/app/route-table';
import { articlePath, homePath, searchPath, wizardPath } from '../../src/domain/routes';
import { loadIndex } from '../../src/lib/content/article-store';

const ARTICLE = 'customer-communication-from-microsoft';
const preferred = () => 'zh-tw';
const resolve = (pathname: string) => resolveRoute(pathname, preferred);
const pageId = (route: ResolvedRoute) => (route.kind === 'page' ? route.route.id : route.kind);

describe('resolveRoute', () => {
  it('gives each documented URL its page, with its parameters and the articles it needs', async () => {
    expect(resolve('/')).toEqual({ kind: 'root' });
    expect(pageId(resolve('/zh-cn/'))).toBe('home');
    expect(pageId(resolve('/zh-cn'))).toBe('home');
    const article = resolve(`/en-us/articles/${ARTICLE}`);
    expect(article).toMatchObject({ kind: 'page', locale: 'en-us', params: { slug: ARTICLE } });
    const wizard = resolve('/zh-tw/who-contacts-my-customer');
    expect(wizard).toMatchObject({ locale: 'zh-tw' });
    // Which versions: known once the article's index is loaded (the page loads nothing else first).
    expect(needsOf(article, '').indexes).toEqual([ARTICLE]);
    expect(needsOf(article, '').versions()).toEqual([]);
    await loadIndex(ARTICLE);
    expect(needsOf(article, '').versions()).toEqual([{ slug: ARTICLE, locale: 'en-us' }]);
    expect(needsOf(wizard, '').versions()).toEqual([{ slug: ARTICLE, locale: 'zh-tw' }]);
  });

  it('leads every link the app writes to its page, in every locale', () => {
    for (const locale of ['en-us', 'zh-cn', 'zh-tw']) {
      expect(pageId(resolve(homePath(locale)))).toBe('home');
      expect(resolve(articlePath(locale, ARTICLE))).toMatchObject({
        route: { id: 'article' },
        params: { slug: ARTICLE },
      });
      expect(pageId(resolve(wizardPath(locale)))).toBe('wizard');
      expect(pageId(resolve(searchPath(locale)))).toBe('search');
    }
  });

  it('sends an article URL with capitals to its lowercase slug', () => {
    expect(resolve(`/zh-cn/articles/Customer-Communication-From-Microsoft`)).toEqual({
      kind: 'redirect',
      pathname: `/zh-cn/articles/${ARTICLE}`,
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
    articles: [
      { slug: ARTICLE, locales: ['en-us', 'zh-cn', 'zh-tw'] },
      { slug: 'only-czech', locales: ['zh-cn'] },
    ],
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
    // An article in a locale it lacks: the page naming its versions, without query variants.
    expect(urls).toContain('/zh-cn/articles/only-czech?cloud=germany');
    expect(urls).toContain('/en-us/articles/only-czech');
    expect(urls).not.toContain('/en-us/articles/only-czech?cloud=germany');
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('the route manifest (what the bench measures)', () => {
  const { routes } = routeManifest();
  const targets = prerenderTargets({
    filters: [],
    articleFilters: () => [],
    wizard: ['?cloud=partner-center&topic=incident'],
    articles: [{ slug: ARTICLE, locales: ['en-us', 'zh-cn', 'zh-tw'] }],
  }).map((target) => target.url);

  it('measures every page, at a URL the build prerenders in every locale', () => {
    const pathOf = (url: string) => url.replace('{locale}', 'zh-cn').split('?')[0] ?? '';
    const pages = new Set(routes.map(({ url }) => pageId(resolve(pathOf(url)))));
    expect([...pages].sort()).toEqual(PAGE_ROUTES.map((route) => route.id).sort());
    for (const locale of ['en-us', 'zh-cn', 'zh-tw'])
      for (const { url } of routes) expect(targets).toContain(url.replace('{locale}', locale));
  });

  it('gives everything it measures a first-load byte budget, and keeps no budget for what it does not', () => {
    const budgeted = Object.keys(budgets.firstLoad).filter((key) => !key.startsWith('$'));
    const missing = routes.map(({ id }) => id).filter((id) => !budgeted.includes(id));
    expect(missing, 'pages without a firstLoad budget in bench/budgets.json').toEqual([]);
    expect(budgeted.filter((id) => !routes.some((route) => route.id === id))).toEqual([]);
  });
});
