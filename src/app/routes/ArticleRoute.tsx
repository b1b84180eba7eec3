import { lazy } from 'react';
import { ArticlePage } from '../../features/article/components/ArticlePage';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';
import { useArticleIndex } from '../../lib/content/article-store';
import { useStrings } from '../../lib/i18n/use-strings';
import type { PageProps } from '../route-table';

/** Only for a locale the article lacks: lazy (prerendered, its HTML stays in place until this loads). */
const VersionsElsewhere = lazy(() =>
  import('../../features/article/components/VersionsElsewhere').then((module) => ({
    default: module.VersionsElsewhere,
  })),
);

/** Only for a slug no article has, on the client (the server answers those with its 404 page): lazy. */
const NotFoundRoute = lazy(() =>
  import('./NotFoundRoute').then((module) => ({ default: module.NotFoundRoute })),
);

/**
 * `/<locale>/articles/<slug>`: the version in the page's locale, with the applies-to notices when the URL
 * names a filter (loaded only then, as a part of the page); in a locale the article lacks, the page naming
 * the versions that exist; for a slug no article has, the not-found page.
 */
export function ArticleRoute({ params, parts }: PageProps) {
  const slug = params.slug ?? '';
  const { locale } = useStrings('article');
  const index = useArticleIndex(slug);
  if (!index) return <NotFoundRoute />;
  if (!index.versions.some((version) => version.locale === locale))
    return <VersionsElsewhere index={index} />;
  // No key per locale: a switch updates the page in place (the versions share their structure), which
  // takes about half the time of building it anew.
  return (
    <ArticlePage
      slug={slug}
      notices={parts.map((part) => (
        <part.Page key={part.source} params={params} parts={[]} />
      ))}
      after={<WizardTeaser />}
    />
  );
}
