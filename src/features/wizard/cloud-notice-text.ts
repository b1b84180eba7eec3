import type { TFunction } from 'i18next';
import type { LocaleId } from '../../domain/article';
import type { CloudId } from '../../domain/applies-to';
import { dateTextOf } from '../../domain/article-date';
import { isCaveat, type CloudNotice, type ListingVersion } from '../../domain/decision/cloud-notice';
import { isOptionOf } from '../../domain/decision/who-contacts';
import { htmlLangOf } from '../../domain/locales';
import { optionKey } from './string-keys';

/**
 * The words of a cloud notice (../../domain/decision/cloud-notice.ts) in one language: the page's
 * (CloudCaveat) and, addressed to the customer, Copy reply's.
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

/**
 * What Copy reply tells the customer besides the answer, in the customer's language (`t` fixed to it):
 * that the sentences are quoted from a version in another language when the article has none in theirs,
 * and every caveat the outcome page shows about their cloud. Empty when the answer is unqualified.
 */
export function replyNotesOf(
  notice: CloudNotice | null,
  customer: LocaleId,
  articleLocale: LocaleId,
  t: TFunction<'wizard'>,
): string[] {
  const notes =
    articleLocale === customer
      ? []
      : [t('reply.note.otherLanguage', { language: languageNameOf(articleLocale, customer) })];
  if (!isCaveat(notice)) return notes;
  if (notice.kind === 'not-sure')
    return [...notes, t('reply.note.notSure', { clouds: cloudNamesOf(notice.clouds, customer, t) })];
  const cloud = cloudNameOf(notice.cloud, t);
  return [
    ...notes,
    t('reply.note.notListed', { cloud }),
    ...(notice.listedIn.length > 0
      ? notice.listedIn.map((version) =>
          t(`reply.note.listedIn.${listedInKindOf(version)}`, {
            cloud,
            version: languageNameOf(version.locale, customer),
            date: dateTextOf(version.date, customer) ?? '',
          }),
        )
      : [t('reply.note.listedNowhere')]),
  ];
}
