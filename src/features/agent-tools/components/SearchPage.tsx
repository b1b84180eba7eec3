import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { htmlLangOf } from '../../../domain/locales';
import { homePath, wizardPath } from '../../../domain/routes';
import { parseUrlInput } from '../../../domain/url-input/parse';
import { DocumentHead } from '../../../lib/head/document-head';
import { useStrings } from '../../../lib/i18n/use-strings';
import { searchPath } from '../../../domain/routes';
import { MAX_HITS } from '../../../domain/search-limits';
import { useSentenceSearch } from '../hooks/use-sentence-search';
import { SearchHitView } from './SearchHitView';
import '../agent-tools.css';

/**
 * `/<locale>/search?q=…`: every sentence and outcome that matches, as links that open the sentence
 * highlighted. A URL an agent can share, and the header form's GET target (prerendered without a query:
 * the query is read in the browser and shown as text only).
 */
export function SearchPage() {
  const { t, lang, locale } = useStrings('agent-tools');
  const app = useStrings('app');
  const [params] = useSearchParams();
  const query = (parseUrlInput('search', { search: params }).params.q ?? '').trim();
  const { hits, state, load } = useSentenceSearch(locale, query, MAX_HITS);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(load, [load]);
  const title = query ? t('search.heading', { query }) : t('search.headingEmpty');

  // A new search from the header lands here: focus goes to what changed.
  useEffect(() => {
    if (query) headingRef.current?.focus();
  }, [query]);

  return (
    <div className="search-page" lang={lang}>
      <DocumentHead
        title={`${title} | ${app.t('siteName')}`}
        lang={htmlLangOf(locale)}
        description={t('search.intro')}
        canonicalPath={searchPath(locale)}
        alternates={[]}
      />
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p>{t('search.intro')}</p>
      <form action={searchPath(locale)} method="get" className="search-page-form">
        <label htmlFor="search-page-q">{app.t('search.label')}</label>
        <input id="search-page-q" type="search" name="q" defaultValue={query} key={query} />
        <button type="submit" className="button">
          {app.t('search.submit')}
        </button>
      </form>
      <noscript>
        <div className="search-no-js">
          {/* The server writes the query in and shows this (scripts/server/echo-query.mjs): the page
              itself cannot read it, and a server that does not (nginx) leaves it hidden. */}
          <p hidden data-echo="q">
            {`${t('search.noScriptQuery')} `}
            <q />
          </p>
          <p>{t('search.needsJavaScript')}</p>
          <ul>
            <li>
              <a href={homePath(locale)}>{t('search.browse')}</a>
            </li>
            <li>
              <a href={wizardPath(locale)}>{app.t('wizardTeaser.heading')}</a>
            </li>
          </ul>
        </div>
      </noscript>
      {query && (state === 'loading' || state === 'idle') && <p role="status">{t('search.loading')}</p>}
      {query && state === 'failed' && (
        <div role="alert" className="search-failed">
          <p>{t('search.loadFailed')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              load();
              headingRef.current?.focus();
            }}
          >
            {t('search.retry')}
          </button>
        </div>
      )}
      {query && state === 'ready' && (
        <>
          <p role="status">
            {hits.length > 0 ? t('search.count', { count: hits.length }) : t('search.empty', { query })}
          </p>
          {hits.length > 0 ? (
            <ol className="search-results">
              {hits.map((hit) => (
                <li key={hit.id}>
                  <Link to={hit.href} className="search-result-link">
                    <SearchHitView hit={hit} locale={locale} t={t} uiLang={lang} />
                  </Link>
                </li>
              ))}
            </ol>
          ) : (
            <div className="search-empty">
              <p>{t('search.emptyHint')}</p>
              <p>
                <Link to={homePath(locale)}>{t('search.browse')}</Link>
              </p>
            </div>
          )}
        </>
      )}
    </div>
  );
}
