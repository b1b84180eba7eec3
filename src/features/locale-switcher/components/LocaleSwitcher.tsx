import { Link, useLocation } from 'react-router';
import { withLocale } from '../../../domain/routes';
import { manifest } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';
import { rememberLocale } from '../../../lib/locale/remembered-locale';

/**
 * Links to the same page in every locale, keeping the query (filters, wizard answers) and the #hash.
 * Plain links: they work before JavaScript loads, and navigate in place once it has.
 */
export function LocaleSwitcher() {
  const { t, lang, locale } = useStrings('locale-switcher');
  const { pathname, search, hash } = useLocation();
  return (
    <nav className="locale-switcher" aria-label={t('label')} lang={lang}>
      <ul>
        {manifest.locales.map((option) => (
          <li key={option.id}>
            <Link
              to={{ pathname: withLocale(pathname, option.id), search, hash }}
              lang={option.htmlLang}
              hrefLang={option.htmlLang}
              aria-current={option.id === locale ? 'true' : undefined}
              onClick={() => rememberLocale(option.id)}
            >
              {option.nativeName}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
