import type { ReactNode } from 'react';
import { homePath } from '../../domain/routes';
import { LocaleSwitcher } from '../../features/locale-switcher/components/LocaleSwitcher';
import { useStrings } from '../../lib/i18n/use-strings';
import { Link } from '../../lib/router/link';

/** Header (site name, language), main landmark and footer around every page. */
export function PageShell({ children }: { children: ReactNode }) {
  const { t, lang, locale } = useStrings('app');
  return (
    <>
      <a className="skip-link" href="#main" lang={lang}>
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="site-name" to={homePath(locale)} lang={lang}>
            {t('siteName')}
          </Link>
          <LocaleSwitcher />
        </div>
      </header>
      {lang.toLowerCase() !== locale && (
        <p className="ui-fallback-notice" lang={lang} role="note">
          {t('uiInEnglish')}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer" lang={lang}>
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
