import type { ParseKeys } from 'i18next';
import type { FilterParam } from '../../../domain/filter-params';
import type { LocaleId } from '../../../domain/article';
import { DEFAULT_LOCALE, htmlLangOf } from '../../../domain/locales';
import type { ArticleListing } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';
import { englishOf, listedEntryOf, localeLabelOf } from '../filter-values';

export interface ValueLabel {
  text: string;
  /** The language the text is really in. */
  lang: string;
}

export type LabelOf = (param: FilterParam, id: string, version?: ArticleListing) => ValueLabel;

/**
 * Names a cloud or role for the page's locale: as `version` (the one being read) gives it, else as the
 * locale's version of any article gives it, else by the UI strings, else in English. Articles come first
 * so the filter speaks the articles' own words (合作伙伴中心Microsoft Cloud for US Government, as zh-cn has it).
 */
export function useValueLabel(): LabelOf {
  const { t, lang, locale } = useStrings('applies-to');
  return (param, id, version) => {
    const fromArticle = articleLabelOf(param, id, locale, version);
    if (fromArticle) return fromArticle;
    // The id comes from the content and may have no string (a cloud a new article names): a lookup that
    // may miss on purpose, hence the cast past the typed keys, and the empty default.
    const key = `value.${param}.${id}` as ParseKeys<'applies-to'>;
    const fromStrings = t(key, { defaultValue: '' });
    if (fromStrings !== '') return { text: fromStrings, lang };
    return { text: englishOf(param, id) ?? id, lang: htmlLangOf(DEFAULT_LOCALE) };
  };
}

function articleLabelOf(
  param: FilterParam,
  id: string,
  locale: LocaleId,
  version: ArticleListing | undefined,
): ValueLabel | undefined {
  const entry = version ? listedEntryOf(version, param, id) : undefined;
  if (version && entry) return { text: entry.text, lang: htmlLangOf(version.locale) };
  const text = localeLabelOf(param, id, locale);
  return text === undefined ? undefined : { text, lang: htmlLangOf(locale) };
}
