import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { homePath } from '../../domain/routes';
import { manifest } from '../../lib/content/article-store';
import { DocumentHead } from '../../lib/head/document-head';
import { preferredLocale } from '../../lib/locale/preferred-locale';
import { knownLocales } from '../known-locales';

/**
 * `/` sends the visitor to their locale's home: the one they chose before, else the best match for
 * `navigator.languages`. Without JavaScript it is a plain list of languages.
 */
export function RootRedirect() {
  const navigate = useNavigate();
  const { search, hash } = useLocation();
  useEffect(() => {
    void navigate({ pathname: homePath(preferredLocale(knownLocales)), search, hash }, { replace: true });
  }, [navigate, search, hash]);
  return (
    <main id="main" className="root-chooser">
      <DocumentHead
        title="Customer communication help center"
        lang="en-US"
        description="Choose your language."
        canonicalPath="/"
        alternates={manifest.locales.map((option) => ({
          hrefLang: option.htmlLang,
          path: homePath(option.id),
        }))}
      />
      <h1>Choose your language</h1>
      <ul>
        {manifest.locales.map((option) => (
          <li key={option.id} lang={option.htmlLang}>
            <Link to={homePath(option.id)}>{option.nativeName}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
