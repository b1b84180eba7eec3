import { describe, expect, it } from 'vitest';
import { articlePath, homePath, wizardPath, withLocale } from '../../src/domain/routes';

describe('public URLs', () => {
  it('builds the documented paths', () => {
    expect(homePath('zh-tw')).toBe('/zh-tw/');
    expect(articlePath('en-us', 'customer-communication-from-microsoft')).toBe(
      '/en-us/articles/customer-communication-from-microsoft',
    );
    expect(wizardPath('zh-cn')).toBe('/zh-cn/who-contacts-my-customer');
  });

  it('swaps only the locale segment when switching', () => {
    expect(withLocale('/en-us/articles/x', 'zh-tw')).toBe('/zh-tw/articles/x');
    expect(withLocale('/en-us/', 'zh-tw')).toBe('/zh-tw/');
    expect(withLocale('/', 'zh-tw')).toBe('/zh-tw/');
    expect(withLocale('/fr-fr/whatever', 'zh-cn')).toBe('/zh-cn/whatever');
  });
});
