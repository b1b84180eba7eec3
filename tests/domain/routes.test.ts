import { describe, expect, it } from 'vitest';
import { articlePath, articleSlugOf, isUrlSlug, withLocale } from '../../src/domain/routes';

describe('public URLs', () => {
  it('swaps only the locale segment when switching', () => {
    expect(withLocale('/en-us/articles/x', 'zh-tw')).toBe('/zh-tw/articles/x');
    expect(withLocale('/en-us/', 'zh-tw')).toBe('/zh-tw/');
    expect(withLocale('/', 'zh-tw')).toBe('/zh-tw/');
    expect(withLocale('/fr-fr/whatever', 'zh-cn')).toBe('/zh-cn/whatever');
  });

  it('reads back the slug of the article URLs it writes, and of nothing else', () => {
    for (const slug of ['customer-communication-from-microsoft', 'customers_revoke_admin_privileges'])
      expect(articleSlugOf(articlePath('zh-cn', slug))).toBe(slug);
    expect(articleSlugOf('/zh-cn/articles/x/')).toBe('x');
    for (const path of [
      '/zh-cn/',
      '/zh-cn/articles/',
      '/zh-cn/articles/x/y',
      '/zh-cn/who-contacts-my-customer',
    ])
      expect(articleSlugOf(path), path).toBeUndefined();
  });

  it("takes Microsoft's file names lowercased as slugs, and nothing that leaves the folder", () => {
    for (const slug of ['non-payment--fraud--or-misuse', 'customers_revoke_admin_privileges', 'v2.0', '2fa'])
      expect(isUrlSlug(slug), slug).toBe(true);
    for (const slug of ['', 'Capital', '..', 'a..b', '../etc', 'a/b', '-a', '.hidden', 'a b', '<b>'])
      expect(isUrlSlug(slug), slug).toBe(false);
  });
});
