import { Link } from 'react-router';
import { htmlLangOf } from '../../domain/locales';
import { shorten } from '../../domain/shorten';
import { articlePath, homePath } from '../../domain/routes';
import { Suspense } from 'react';
import { useCatalog } from '../../lib/content/article-catalog';
import { DocumentHead } from '../../lib/head/document-head';
import { LocaleHomeLinks } from './LocaleHomeLinks';
import { useStrings } from '../../lib/i18n/use-strings';

/** What exists, in the page's locale: the home page and every article. */
function WhatExists() {
  const { t, lang, locale } = useStrings('routes');
  return (
    <>
      <p lang={lang}>{t('notFound.whatExists')}</p>
      <ul>
        <li lang={lang}>
          <Link to={homePath(locale)}>{t('notFound.home')}</Link>
        </li>
        {/* Every article: a lazy chunk, after the page shows (prerendered, the HTML stays until then). */}
        <Suspense fallback={null}>
          <ArticleLinks />
        </Suspense>
      </ul>
    </>
  );
}

function ArticleLinks() {
  const { locale } = useStrings('routes');
  const catalog = useCatalog();
  return catalog.slugs.map((slug) => {
    const summary = catalog.listings[slug]?.find((version) => version.locale === locale);
    return summary ? (
      <li key={slug} lang={htmlLangOf(summary.locale)}>
        <Link to={articlePath(locale, slug)}>{summary.heading}</Link>
      </li>
    ) : null;
  });
}

export function NotFoundRoute() {
  const { t, lang, locale } = useStrings('routes');
  return (
    <div className="not-found" lang={lang}>
      <NotFoundHead title={t('notFound.title')} locale={locale} />
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <WhatExists />
    </div>
  );
}

/** The URL names a locale we do not have: say so, and offer every locale's home page. */
export function UnknownLocalePage({ requested }: { requested: string }) {
  const { t, lang, locale } = useStrings('routes');
  return (
    <div className="not-found" lang={lang}>
      <NotFoundHead title={t('notFound.title')} locale={locale} />
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.unknownLocale', { locale: shorten(requested) })}</p>
      <LocaleHomeLinks />
      <WhatExists />
    </div>
  );
}

function NotFoundHead({ title, locale }: { title: string; locale: string }) {
  return (
    <DocumentHead
      title={title}
      lang={htmlLangOf(locale)}
      description={title}
      canonicalPath={homePath(locale)}
      alternates={[]}
    />
  );
}
