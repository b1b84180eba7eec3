import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { homePath } from '../../domain/routes';
import { DocumentHead } from '../../lib/head/document-head';
import { preferredLocale } from '../../lib/locale/preferred-locale';
import { LocaleHomeLinks, homeAlternates } from './LocaleHomeLinks';
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
        alternates={homeAlternates}
      />
      <h1>Choose your language</h1>
      <LocaleHomeLinks />
    </main>
  );
}
