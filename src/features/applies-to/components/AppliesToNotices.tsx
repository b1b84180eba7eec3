import { Link } from 'react-router';
import { matchArticle } from '../../../domain/applies-to';
import { FILTER_PARAMS } from '../../../domain/filter-params';
import { homePath } from '../../../domain/routes';
import { articleListing, articleListings } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';
import { useAppliesToFilter } from '../hooks/use-applies-to-filter';
import { ListingStatement } from './ListingStatement';

/**
 * How the cloud and role in the URL compare with what THIS article version lists, and which values in the
 * URL were ignored is the page's one URL notice (src/app/url-input). The app loads it only for URLs that name the filter (`?cloud=` or `?role=`).
 */
export function AppliesToNotices({ slug }: { slug: string }) {
  const { t, lang, locale } = useStrings('applies-to');
  const { filter, active, search } = useAppliesToFilter();
  const version = articleListing(slug, locale);
  if (!version) return null;
  const match = matchArticle(articleListings(slug), locale, filter);

  return (
    <div className="applies-to-notices">
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
