import { Link } from 'react-router';
import { Suspense } from 'react';
import { matchArticle, type AppliesToFilter, type ArticleMatch } from '../../../domain/applies-to';
import type { LabelledList, LocaleId } from '../../../domain/article';
import { isEarlierVersion } from '../../../domain/article-versions';
import { FILTER_PARAMS } from '../../../domain/filter-params';
import { htmlLangOf, localeInfoOf } from '../../../domain/locales';
import { articlePath } from '../../../domain/routes';
import { useCatalog, type ArticleListing } from '../../../lib/content/article-catalog';
import { manifest } from '../../../lib/content/article-store';
import { Slotted } from '../../../lib/i18n/slotted';
import { useStrings } from '../../../lib/i18n/use-strings';
import { listedEntryOf } from '../filter-values';
import { useAppliesToFilter } from '../hooks/use-applies-to-filter';
import { ListingStatementWith, useListingStrings, type ListingStrings } from './ListingStatement';

/**
 * Every article: first those with a version in the page's locale, then the others, each in its first
 * version (manifest locale order), marked with its language. With a filter, an article that does not list
 * the chosen cloud or role stays in the list, marked as such, with the versions that do list it.
 */
export function FilteredArticleList({ slugs, heading, headingId = 'applies-to-list-heading' }: ListProps) {
  const { t, lang } = useStrings('applies-to');
  return (
    <section aria-labelledby={headingId} className="article-list">
      <h2 id={headingId} lang={heading?.lang ?? lang}>
        {heading?.text ?? t('list.heading')}
      </h2>
      {/* The list of every article is a chunk of its own, loaded after the page shows: a prerendered page
          keeps this part's HTML (React leaves a suspended boundary as the server rendered it) until then. */}
      <Suspense fallback={null}>
        <ArticleLists slugs={slugs} />
      </Suspense>
    </section>
  );
}

interface ListProps {
  /** Only these articles (the app lists the others by its table of contents); every article by default. */
  slugs?: readonly string[];
  /** The list's heading and its language, when it is not the list of every article. */
  heading?: { text: string; lang: string };
  headingId?: string;
}

function ArticleLists({ slugs }: Pick<ListProps, 'slugs'>) {
  // Read once for every card: each useStrings copies i18next's instance, and a list has hundreds of cards.
  const strings = useListingStrings();
  const { t, lang, locale } = strings;
  const { filter, active, search } = useAppliesToFilter();
  const catalog = useCatalog();
  const entries = (slugs ?? catalog.slugs).flatMap((slug) => {
    const versions = catalog.listings[slug] ?? [];
    const summary = versions.find((version) => version.locale === locale) ?? versions[0];
    if (!summary) return [];
    return [{ summary, versions, match: matchArticle(versions, summary.locale, filter) }];
  });
  const own = entries.filter((entry) => entry.summary.locale === locale);
  const others = entries.filter((entry) => entry.summary.locale !== locale);
  const listed = entries.filter((entry) => entry.match.matches).length;
  // Under the "other languages" heading the cards are one level deeper, so the outline stays a tree.
  const cards = (group: typeof entries, Heading: 'h3' | 'h4') =>
    group.map(({ summary, versions, match }) => (
      <ArticleCard
        key={summary.slug}
        Heading={Heading}
        summary={summary}
        earlier={isEarlierVersion(summary, versions)}
        filter={filter}
        match={match}
        search={search}
        strings={strings}
      />
    ));

  return (
    <>
      {/* Always present, so a screen reader hears the new count when the filter changes. */}
      <p className="applies-to-summary" role="status" lang={lang}>
        {active ? t('list.summary', { listed, total: entries.length }) : ''}
      </p>
      {own.length > 0 && <ul>{cards(own, 'h3')}</ul>}
      {others.length > 0 && (
        <>
          <h3 className="article-list-other" lang={lang}>
            {t('list.otherLanguages')}
          </h3>
          <ul>{cards(others, 'h4')}</ul>
        </>
      )}
    </>
  );
}

interface ArticleCardProps {
  Heading: 'h3' | 'h4';
  summary: ArticleListing;
  earlier: boolean;
  filter: AppliesToFilter;
  match: ArticleMatch;
  search: string;
  strings: ListingStrings;
}

function ArticleCard({ Heading, summary, earlier, filter, match, search, strings }: ArticleCardProps) {
  const { t, lang, locale } = strings;
  const chosen = FILTER_PARAMS.flatMap((param) => {
    const id = filter[param];
    const listing = match[param];
    return id === null || listing === 'no-filter' ? [] : [{ param, id, listing }];
  });
  return (
    <li className={`card${match.matches ? '' : ' card-not-listed'}`} lang={htmlLangOf(summary.locale)}>
      <Heading>
        <Link
          to={{ pathname: articlePath(summary.locale, summary.slug), search }}
          hrefLang={summary.locale === locale ? undefined : htmlLangOf(summary.locale)}
        >
          {summary.heading}
        </Link>
      </Heading>
      {summary.locale !== locale && <LanguageMark locale={summary.locale} strings={strings} />}
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
            <ListingStatementWith
              key={param}
              strings={strings}
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

/** Which language an article of another locale is in, in the reader's words and the language's own name. */
function LanguageMark({ locale, strings }: { locale: LocaleId; strings: ListingStrings }) {
  const { t, lang } = strings;
  const info = manifest.locales.find((option) => option.id === locale) ?? localeInfoOf(locale);
  return (
    <p className="card-language" lang={lang}>
      <Slotted
        template={t('list.inLanguage', { skipInterpolation: true })}
        slots={{ language: <span lang={info.htmlLang}>{info.nativeName}</span> }}
      />
    </p>
  );
}
