import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { embedModeOf } from '../../domain/url-input/embed-mode';
import { homePath } from '../../domain/routes';
import { SiteSearch } from '../../features/agent-tools/components/SiteSearch';
import { LocaleSwitcher } from '../../features/locale-switcher/components/LocaleSwitcher';
import { useStrings } from '../../lib/i18n/use-strings';
import { knownLocales } from '../known-locales';
import { EmbedShell } from '../../features/embed/components/EmbedShell';
// Embed mode's styles are in the page's one stylesheet, inlined in the prerendered HTML: no flash.
import '../../features/embed/components/embed.css';

/** Header (site name, language), main landmark and footer around every page. */
export function PageShell({ children }: { children: ReactNode }) {
  const { t, lang, locale } = useStrings('app');
  // Embed mode (`?embed=1`, docs/embedding.md): no site header or footer, only the language links.
  const embed = embedModeOf(useLocation().search);
  const page = (
    <>
      <a className="skip-link" href="#main" lang={lang}>
        {t('skipToContent')}
      </a>
      {embed.embedded ? (
        <div className="embed-bar">
          <LocaleSwitcher />
          <SiteSearch />
        </div>
      ) : (
        <header className="site-header">
          <div className="site-header-inner">
            <Link className="site-name" to={homePath(locale)} lang={lang}>
              {t('siteName')}
            </Link>
            <LocaleSwitcher />
            <SiteSearch />
          </div>
        </header>
      )}
      {/* Embedded, the portal has a main landmark of its own: the frame's is named. */}
      <main id="main" tabIndex={-1} aria-label={embed.embedded ? t('siteName') : undefined}>
        {/* Inside the main landmark, where every text of the page belongs (axe: region). */}
        {lang.toLowerCase() !== locale && (
          <p className="ui-fallback-notice" lang={lang} role="note">
            {t('uiInEnglish')}
          </p>
        )}
        {children}
      </main>
      {!embed.embedded && (
        <footer className="site-footer" lang={lang}>
          <p>{t('footer')}</p>
        </footer>
      )}
    </>
  );
  return embed.embedded ? (
    <EmbedShell mode={embed} locales={knownLocales}>
      {page}
    </EmbedShell>
  ) : (
    page
  );
}
