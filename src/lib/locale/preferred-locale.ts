import type { LocaleId } from '../../domain/article';
import { pickLocale } from '../../domain/locales';
import { rememberedLocale } from './remembered-locale';

/** The locale to use when the URL names none (or one we lack): the visitor's last choice, else the browser's. */
export function preferredLocale(available: readonly LocaleId[]): LocaleId {
  const remembered = rememberedLocale();
  if (remembered && available.includes(remembered)) return remembered;
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return pickLocale(languages, available);
}
