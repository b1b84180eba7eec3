import { describe, expect, it } from 'vitest';
import { htmlLangOf, isLocaleIdShape, localeInfoOf, pickLocale } from '../../src/domain/locales';

const AVAILABLE = ['en-us', 'zh-cn', 'zh-tw'];

describe('pickLocale', () => {
  it.each([
    [['zh-HK'], 'zh-tw'],
    [['zh-MO'], 'zh-tw'],
    [['zh-TW'], 'zh-tw'],
    [['zh-Hant'], 'zh-tw'],
    [['zh-Hant-HK'], 'zh-tw'],
    [['zh-SG'], 'zh-cn'],
    [['zh'], 'zh-cn'],
    [['zh-Hans'], 'zh-cn'],
    [['zh-CN'], 'zh-cn'],
    [['en-GB'], 'en-us'],
    [['fr-FR', 'de'], 'en-us'],
    [[], 'en-us'],
  ])('sends %j to %s', (languages, expected) => {
    expect(pickLocale(languages, AVAILABLE)).toBe(expected);
  });

  it('takes the first preference that matches, in order', () => {
    expect(pickLocale(['fr-FR', 'zh-TW', 'zh-CN'], AVAILABLE)).toBe('zh-tw');
  });

  it('matches a new locale by its language when it is added to the content', () => {
    expect(pickLocale(['ja'], [...AVAILABLE, 'ja-jp'])).toBe('ja-jp');
  });

  it('falls back to English when the Chinese variant a browser wants is not available', () => {
    expect(pickLocale(['zh-HK'], ['en-us', 'zh-cn'])).toBe('en-us');
  });
});

describe('locale names', () => {
  it('gives each locale its html lang and its name in its own language', () => {
    expect(localeInfoOf('zh-tw')).toEqual({ id: 'zh-tw', htmlLang: 'zh-TW', nativeName: '中文（台灣）' });
    expect(localeInfoOf('zh-cn').nativeName).toBe('中文（中国）');
    expect(localeInfoOf('ja-jp').nativeName).toBe('日本語 (日本)');
    expect(htmlLangOf('en-us')).toBe('en-US');
  });

  it('accepts lowercase repository locale names only', () => {
    expect(isLocaleIdShape('de-de')).toBe(true);
    expect(isLocaleIdShape('zh-TW')).toBe(false);
    expect(isLocaleIdShape('<script>')).toBe(false);
  });
});
