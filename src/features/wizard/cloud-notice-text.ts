import type { TFunction } from 'i18next';
import type { LocaleId } from '../../domain/article';
import type { CloudId } from '../../domain/applies-to-values';
import type { ListingVersion } from '../../domain/decision/cloud-notice';
import { isOptionOf } from '../../domain/decision/who-contacts';
import { htmlLangOf } from '../../domain/locales';
import { optionKey } from './string-keys';

/**
 * The words of a cloud notice (../../domain/decision/cloud-notice.ts) in one language, for the page's
 * CloudCaveat and, addressed to the customer, Copy reply's notes (./outcome-reply.ts).
 */

/** A cloud as the wizard's options name it; an id the UI has no name for as is. */
export function cloudNameOf(id: CloudId, t: TFunction<'wizard'>): string {
  return isOptionOf('cloud', id) ? t(optionKey('cloud', id)) : id;
}

/** Cloud names as the language lists them ("A and B", "A和B"). */
export function cloudNamesOf(ids: readonly CloudId[], locale: LocaleId, t: TFunction<'wizard'>): string {
  return new Intl.ListFormat(htmlLangOf(locale), { type: 'conjunction' }).format(
    ids.map((id) => cloudNameOf(id, t)),
  );
}

/** A version's language as `inLocale` writes it ("Chinese (Taiwan)", "中文（台灣）"). */
export function languageNameOf(locale: LocaleId, inLocale: LocaleId): string {
  return new Intl.DisplayNames([htmlLangOf(inLocale)], { type: 'language' }).of(htmlLangOf(locale)) ?? locale;
}

/** Which sentence names another version (`…listedIn.<kind>`): older or not, dated or not. */
export function listedInKindOf(version: ListingVersion) {
  const dated = version.date !== null;
  if (version.earlier) return dated ? 'earlier' : 'earlierUndated';
  return dated ? 'current' : 'currentUndated';
}
