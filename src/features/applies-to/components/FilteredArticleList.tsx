import { matchArticle, type AppliesToFilter, type ArticleMatch } from '../../../domain/applies-to';
import type { LabelledList } from '../../../domain/article';
import { isEarlierVersion } from '../../../domain/article-versions';
import { FILTER_PARAMS } from '../../../domain/filter-params';
import { htmlLangOf } from '../../../domain/locales';
import { articlePath } from '../../../domain/routes';
import { articleListing, articleListings, type ArticleListing } from '../../../lib/content/article-catalog';
import { manifest } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';
import { Link } from '../../../lib/router/link';
import { listedEntryOf } from '../filter-values';
import { useAppliesToFilter } from '../hooks/use-applies-to-filter';
import { ListingStatement } from './ListingStatement';

/**
 * The articles in the page's locale with what each lists. With a filter, an article that does not list the
 * chosen cloud or role stays in the list, marked as such, with the versions that do list it.
 */
export function FilteredArticleList() {
  const { t, lang, locale } = useStrings('applies-to');
  const { filter, active, search } = useAppliesToFilter();
  const articles = manifest.slugs.flatMap((slug) => {
    const summary = articleListing(slug, locale);
    if (!summary) return [];
    const versions = articleListings(slug);
    return [{ summary, versions, match: matchArticle(versions, locale, filter) }];
  });
  const listed = articles.filter((article) => article.match.matches).length;

  return (
    <section aria-labelledby="applies-to-list-heading" className="article-list">
      <h2 id="applies-to-list-heading" lang={lang}>
        {t('list.heading')}
      </h2>
      {/* Always present, so a screen reader hears the new count when the filter changes. */}
      <p className="applies-to-summary" role="status" lang={lang}>
        {active ? t('list.summary', { listed, total: articles.length }) : ''}
      </p>
      <ul>
        {articles.map(({ summary, versions, match }) => (
          <ArticleCard
            key={summary.slug}
            summary={summary}
            earlier={isEarlierVersion(summary, versions)}
            filter={filter}
            match={match}
            search={search}
          />
        ))}
      </ul>
    </section>
  );
}

interface ArticleCardProps {
  summary: ArticleListing;
  earlier: boolean;
  filter: AppliesToFilter;
  match: ArticleMatch;
  search: string;
}

function ArticleCard({ summary, earlier, filter, match, search }: ArticleCardProps) {
  const { t, lang, locale } = useStrings('applies-to');
  const chosen = FILTER_PARAMS.flatMap((param) => {
    const id = filter[param];
    const listing = match[param];
    return id === null || listing === 'no-filter' ? [] : [{ param, id, listing }];
  });
  return (
    <li className={`card${match.matches ? '' : ' card-not-listed'}`} lang={htmlLangOf(summary.locale)}>
      <h3>
        <Link to={{ pathname: articlePath(locale, summary.slug), search }}>{summary.heading}</Link>
      </h3>
      <p>{summary.description}</p>
      {(summary.appliesTo || summary.roles) && (
        <dl className="card-meta applies-to-lists">
          <ListedBadges list={summary.appliesTo} chosen={filter.cloud} summary={summary} param="cloud" />
          <ListedBadges list={summary.roles} chosen={filter.role} summary={summary} param="role" />
        </dl>
      )}
      {earlier && (
        <p className="applies-to-earlier" lang={lang}>
          {t('version.earlier')}
        </p>
      )}
      {chosen.length > 0 && (
        <ul className="applies-to-match">
          {chosen.map(({ param, id, listing }) => (
            <ListingStatement
              key={param}
              param={param}
              id={id}
              listing={listing}
              version={summary}
              otherLocales={match.otherLocalesListingEach[param]}
              variant="card"
              search={search}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

/** One line of the version's own applies-to or roles, as badges; the chosen value stands out. */
function ListedBadges({
  list,
  chosen,
  summary,
  param,
}: {
  list: LabelledList | null;
  chosen: string | null;
  summary: ArticleListing;
  param: 'cloud' | 'role';
}) {
  if (!list || list.values.length === 0) return null;
  const chosenEnglish = chosen === null ? undefined : listedEntryOf(summary, param, chosen)?.english;
  return (
    <div>
      <dt>{list.label}</dt>
      <dd>
        <ul className="badges">
          {list.values.map((value) => (
            <li
              key={value.english}
              className={value.english === chosenEnglish ? 'badge badge-chosen' : 'badge'}
            >
              {value.text}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
