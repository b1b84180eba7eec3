import { Link } from 'react-router';
import { FILTER_PARAMS, isEarlierVersion, matchArticle } from '../../../domain/applies-to';
import { DEFAULT_LOCALE, htmlLangOf } from '../../../domain/locales';
import { articlePath, homePath } from '../../../domain/routes';
import { articleSummary, articleVersions } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';
import { useAppliesToFilter } from '../hooks/use-applies-to-filter';
import { ListingStatement } from './ListingStatement';
import { RejectedFilterNotice } from './RejectedFilterNotice';

/**
 * What the reader of one article version needs to know before reading: that it translates an earlier
 * version (always), and how the cloud and role they chose compare with what THIS version lists.
 */
export function AppliesToNotices({ slug }: { slug: string }) {
  const { t, lang, locale } = useStrings('applies-to');
  const { filter, rejected, active, search } = useAppliesToFilter();
  const version = articleSummary(slug, locale);
  if (!version) return null;
  const versions = articleVersions(slug);
  const earlier = isEarlierVersion(version, versions);
  const match = matchArticle(versions, locale, filter);

  return (
    <div className="applies-to-notices">
      {earlier && (
        <p className="applies-to-notice applies-to-earlier" lang={lang}>
          {t('version.earlier')}{' '}
          <Link
            to={{ pathname: articlePath(DEFAULT_LOCALE, slug), search }}
            hrefLang={htmlLangOf(DEFAULT_LOCALE)}
          >
            {t('version.readCurrent')}
          </Link>
        </p>
      )}
      <RejectedFilterNotice rejected={rejected} filterActive={active} />
      {active && (
        <div className={`applies-to-notice${match.matches ? '' : ' applies-to-notice-mismatch'}`} lang={lang}>
          <ul className="applies-to-match">
            {FILTER_PARAMS.map((param) => {
              const id = filter[param];
              const listing = match[param];
              if (id === null || listing === 'no-filter') return null;
              return (
                <ListingStatement
                  key={param}
                  param={param}
                  id={id}
                  listing={listing}
                  version={version}
                  otherLocales={match.otherLocalesListingEach[param]}
                  variant="page"
                  search={search}
                />
              );
            })}
          </ul>
          <p>
            <Link to={{ pathname: homePath(locale), search }}>{t('filter.change')}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
