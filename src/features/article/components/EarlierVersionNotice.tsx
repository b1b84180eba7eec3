import { Link, useLocation } from 'react-router';
import type { LocaleId } from '../../../domain/article';
import { isEarlierVersion } from '../../../domain/article-versions';
import { DEFAULT_LOCALE, htmlLangOf } from '../../../domain/locales';
import { articlePath } from '../../../domain/routes';
import { articleSummary, articleVersions } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';

/** Tells the reader of a translation of an earlier English source, with the way to the current English. */
export function EarlierVersionNotice({ slug, locale }: { slug: string; locale: LocaleId }) {
  const { t, lang } = useStrings('article');
  // Links keep the query, so a chosen applies-to filter survives the move to English.
  const { search } = useLocation();
  const version = articleSummary(slug, locale);
  if (!version || !isEarlierVersion(version, articleVersions(slug))) return null;
  return (
    <p className="version-notice" lang={lang}>
      {t('version.earlier')}{' '}
      <Link
        to={{ pathname: articlePath(DEFAULT_LOCALE, slug), search }}
        hrefLang={htmlLangOf(DEFAULT_LOCALE)}
      >
        {t('version.readCurrent')}
      </Link>
    </p>
  );
}
