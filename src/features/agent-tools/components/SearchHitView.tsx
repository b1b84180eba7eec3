import type { TFunction } from 'i18next';
import type { LocaleId } from '../../../domain/article';
import { htmlLangOf } from '../../../domain/locales';
import type { HighlightSegment, SearchHit } from '../../../domain/search';

/** Marked runs as text nodes and `<mark>` elements: never as HTML. */
function Highlighted({ segments }: { segments: readonly HighlightSegment[] }) {
  return segments.map((segment, index) =>
    segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
  );
}

const displayNames = new Map<LocaleId, Intl.DisplayNames>();

/**
 * A language's name in the page's language ("英语（美国）" on a zh-cn page). One `Intl.DisplayNames` per
 * page locale, not one per result and keystroke (cheap to keep; its gain was lost in the noise of the
 * shared machine's bench, so it is not claimed as a figure).
 */
function languageName(locale: LocaleId, pageLocale: LocaleId): string {
  let names = displayNames.get(pageLocale);
  if (!names) {
    names = new Intl.DisplayNames([htmlLangOf(pageLocale)], { type: 'language' });
    displayNames.set(pageLocale, names);
  }
  return names.of(htmlLangOf(locale)) ?? locale;
}

/**
 * One result: the sentence as the page's locale shows it (the match marked), the sentence it matched in
 * when that is another language (and which one), and where the sentence is.
 */
export function SearchHitView({
  hit,
  locale,
  t,
  uiLang,
}: {
  hit: SearchHit;
  locale: LocaleId;
  t: TFunction<'agent-tools'>;
  uiLang: string;
}) {
  const pageLang = htmlLangOf(locale);
  const where =
    hit.kind === 'outcome'
      ? t('search.whereOutcome', { title: hit.title })
      : hit.section
        ? t('search.whereSection', { title: hit.title, section: hit.section })
        : t('search.whereArticle', { title: hit.title });
  const otherLanguage = hit.matchedLocale !== locale;
  return (
    <>
      <span className="search-hit-text" lang={pageLang}>
        {otherLanguage ? hit.text : <Highlighted segments={hit.highlighted} />}
      </span>
      {otherLanguage && (
        <span className="search-hit-matched">
          <span lang={uiLang}>
            {t('search.matchedIn', { language: languageName(hit.matchedLocale, locale) })}
          </span>{' '}
          <span lang={htmlLangOf(hit.matchedLocale)}>
            <Highlighted segments={hit.highlighted} />
          </span>
        </span>
      )}
      <span className="search-hit-where" lang={pageLang}>
        {where}
      </span>
    </>
  );
}
