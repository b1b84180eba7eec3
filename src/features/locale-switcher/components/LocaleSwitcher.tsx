import { Link, useLocation } from 'react-router';
import { articleSlugOf, withLocale } from '../../../domain/routes';
import { articleListings, isIndexLoaded, manifest } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';
import { prefetchLocale } from '../../../lib/locale/prefetch-locale';
import { rememberLocaleSoon } from '../../../lib/locale/remembered-locale';

/**
 * Links to the same page in every locale, keeping the query (filters, wizard answers) and the #hash.
 * Plain links: they work before JavaScript loads, and navigate in place once it has. On an article, a
 * locale the article has no version in says so in words (its link leads to the page listing the versions).
 */
export function LocaleSwitcher() {
  const { t, lang, locale } = useStrings('locale-switcher');
  const { pathname, search, hash } = useLocation();
  const slug = articleSlugOf(pathname);
  // The article page loads its index before it renders (route table), so it is here when it matters.
  const available =
    slug !== undefined && isIndexLoaded(slug)
      ? new Set(articleListings(slug).map((version) => version.locale))
      : null;
  // The other locales are fetched once the page is idle anyway; pointing at a link or focusing it fetches
  // that locale's strings and articles at once, in case the visitor is quicker.
  return (
    <nav className="locale-switcher" aria-label={t('label')} lang={lang}>
      <ul>
        {manifest.locales.map((option) => {
          const missing = available !== null && available.size > 0 && !available.has(option.id);
          return (
            <li key={option.id} className={missing ? 'locale-missing' : undefined}>
              <Link
                to={{ pathname: withLocale(pathname, option.id), search, hash }}
                lang={option.htmlLang}
                hrefLang={option.htmlLang}
                aria-current={option.id === locale ? 'true' : undefined}
                onClick={() => rememberLocaleSoon(option.id)}
                onPointerEnter={() => prefetchLocale(locale, option.id)}
                onFocus={() => prefetchLocale(locale, option.id)}
              >
                {option.nativeName}
                {missing && (
                  <span className="locale-missing-note" lang={lang}>
                    {' '}
                    {t('missing')}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
