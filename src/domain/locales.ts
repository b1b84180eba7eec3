import type { LocaleId } from './article';

import { DEFAULT_LOCALE as DEFAULT_LOCALE_ID, LOCALE_ID_PATTERN } from './site-paths.mjs';

/** The locale every article has (generated from the English originals) and the UI falls back to. */
export const DEFAULT_LOCALE: LocaleId = DEFAULT_LOCALE_ID;

export interface LocaleInfo {
  id: LocaleId;
  /** BCP 47 with region upper-cased, for `lang` and `hreflang` (`zh-TW`). */
  htmlLang: string;
  /** The locale's name in its own language (`中文（台灣）`). */
  nativeName: string;
}

export function isLocaleIdShape(value: string): boolean {
  return LOCALE_ID_PATTERN.test(value);
}

const htmlLangs = new Map<LocaleId, string>();

/** `zh-tw` → `zh-TW`, using the platform's canonicalisation (cached: pages call it for every `lang`). */
export function htmlLangOf(locale: LocaleId): string {
  let htmlLang = htmlLangs.get(locale);
  if (htmlLang === undefined) {
    htmlLang = Intl.getCanonicalLocales(locale)[0] ?? locale;
    htmlLangs.set(locale, htmlLang);
  }
  return htmlLang;
}

export function localeInfoOf(locale: LocaleId): LocaleInfo {
  const htmlLang = htmlLangOf(locale);
  const nativeName =
    new Intl.DisplayNames([htmlLang], { type: 'language', languageDisplay: 'standard' }).of(htmlLang) ??
    htmlLang;
  return { id: locale, htmlLang, nativeName };
}

/**
 * Picks the locale to send a visitor to from the browser's language list: an exact match first, then
 * the Chinese script/region rules (Traditional for Hong Kong, Macao and Taiwan; Simplified otherwise),
 * then a same-language match, else the default.
 */
export function pickLocale(preferred: readonly string[], available: readonly LocaleId[]): LocaleId {
  const availableSet = new Set(available);
  for (const raw of preferred) {
    const tag = raw.toLowerCase();
    if (availableSet.has(tag)) return tag;
    const chinese = chineseVariantOf(tag);
    if (chinese && availableSet.has(chinese)) return chinese;
    const language = tag.split('-')[0];
    const sameLanguage = available.find((locale) => locale.split('-')[0] === language);
    if (sameLanguage && language !== 'zh') return sameLanguage;
  }
  return DEFAULT_LOCALE;
}

function chineseVariantOf(tag: string): LocaleId | null {
  const [language, ...subtags] = tag.split('-');
  if (language !== 'zh') return null;
  const traditional = subtags.some((subtag) => ['hant', 'tw', 'hk', 'mo'].includes(subtag));
  return traditional ? 'zh-tw' : 'zh-cn';
}
