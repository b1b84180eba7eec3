import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { withLocale } from '../../../domain/routes';
import { manifest } from '../../../lib/content/article-store';
import { useStrings } from '../../../lib/i18n/use-strings';
import { prefetchLocale } from '../../../lib/locale/prefetch-locale';
import { rememberLocaleSoon } from '../../../lib/locale/remembered-locale';
import { whenIdle } from '../../../lib/scheduling/when-idle';

/**
 * Links to the same page in every locale, keeping the query (filters, wizard answers) and the #hash.
 * Plain links: they work before JavaScript loads, and navigate in place once it has.
 */
export function LocaleSwitcher() {
  const { t, lang, locale } = useStrings('locale-switcher');
  const { pathname, search, hash } = useLocation();
  // Once the page is idle, fetch what this page needs in the other locales, then lay out their text
  // offscreen (warm-up-page.ts), so that a switch renders at once.
  useEffect(() => {
    const others = manifest.locales.filter((option) => option.id !== locale);
    const warmUp = new AbortController();
    const cancel = whenIdle(() => {
      others.forEach((option) => prefetchLocale(locale, option.id));
      // With the query: a wizard outcome or a filtered list has text of its own (prerendered too).
      const pages = others.map((option) => withLocale(pathname, option.id) + search);
      import('../../../lib/locale/warm-up-page')
        .then(({ warmUpPages }) => warmUpPages(pages, warmUp.signal))
        .catch(() => undefined);
    }, 3000);
    return () => {
      cancel();
      warmUp.abort();
    };
  }, [locale, pathname, search]);
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
              onClick={() => rememberLocaleSoon(option.id)}
            >
              {option.nativeName}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
