import { Link } from 'react-router';
import { htmlLangOf } from '../../../domain/locales';
import { articlePath } from '../../../domain/routes';
import { articleSummary, manifest } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';

/** The articles of the help center that exist in the page's locale. */
export function ArticleList() {
  const { t, lang, locale } = useStrings('article');
  const summaries = manifest.slugs.flatMap((slug) => articleSummary(slug, locale) ?? []);
  return (
    <section aria-labelledby="article-list-heading" className="article-list">
      <h2 id="article-list-heading" lang={lang}>
        {t('list.heading')}
      </h2>
      <ul>
        {summaries.map((summary) => (
          <li key={summary.slug} className="card" lang={htmlLangOf(summary.locale)}>
            <h3>
              <Link to={articlePath(locale, summary.slug)}>{summary.heading}</Link>
            </h3>
            <p>{summary.description}</p>
            {summary.appliesTo && (
              <p className="card-meta">
                <span>{summary.appliesTo.label}</span>{' '}
                <span className="badges">
                  {summary.appliesTo.values.map((value) => (
                    <span key={value.english} className="badge">
                      {value.text}
                    </span>
                  ))}
                </span>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
