import { use } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocaleId } from '../../domain/article';
import { useLocale } from '../locale/locale-context';
import { loadNamespace, uiLangOf } from './i18n';
import type { Namespace } from './resources';

/**
 * One options object per locale: `useTranslation` works out its `t` again whenever its options object is
 * a new one, which a literal in every render would be.
 */
const translationOptions = new Map<LocaleId, { lng: LocaleId }>();

function translationOptionsFor(locale: LocaleId): { lng: LocaleId } {
  let options = translationOptions.get(locale);
  if (!options) {
    options = { lng: locale };
    translationOptions.set(locale, options);
  }
  return options;
}

/**
 * The UI strings of one namespace in the page's locale, plus the `lang` they are really in (English when
 * the locale has none yet), so components can mark fallback text with `lang="en-US"`.
 */
export function useStrings<N extends Namespace>(namespace: N) {
  const locale = useLocale();
  use(loadNamespace(locale, namespace));
  const { t } = useTranslation(namespace, translationOptionsFor(locale));
  return { t, lang: uiLangOf(locale, namespace), locale };
}
