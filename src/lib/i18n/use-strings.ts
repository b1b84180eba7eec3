import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../locale/locale-context';
import { loadNamespace, uiLangOf } from './i18n';

/**
 * The UI strings of one namespace in the page's locale, plus the `lang` they are really in (English when
 * the locale has none yet), so components can mark fallback text with `lang="en-US"`.
 */
export function useStrings(namespace: string) {
  const locale = useLocale();
  use(loadNamespace(locale, namespace));
  const { t } = useTranslation(namespace, { lng: locale });
  return { t, lang: uiLangOf(locale, namespace), locale };
}
