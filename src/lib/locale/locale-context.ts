import { createContext, useContext } from 'react';
import type { LocaleId } from '../../domain/article';
import { DEFAULT_LOCALE } from '../../domain/locales';

/** The locale of the page being shown: the first URL segment once the app has validated it. */
export const LocaleContext = createContext<LocaleId>(DEFAULT_LOCALE);

export function useLocale(): LocaleId {
  return useContext(LocaleContext);
}
