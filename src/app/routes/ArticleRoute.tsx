import { ArticlePage } from '../../features/article/components/ArticlePage';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';
import { useArticleIndex } from '../../lib/content/article-store';
import { useStrings } from '../../lib/i18n/use-strings';
import { notFoundPage, versionsElsewherePage, type PageProps } from '../route-table';

/**
 * `/<locale>/articles/<slug>`: the version in the page's locale, with the applies-to notices when the URL
 * names a filter (loaded only then, as a part of the page); in a locale the article lacks, the page naming
 * the versions that exist; for a slug no article has, the not-found page. The last two are chunks of their
 * own, loaded (by the route table's `indexParts`) only for those URLs.
 */
export function ArticleRoute({ params, parts }: PageProps) {
  const slug = params.slug ?? '';
  const { locale } = useStrings('article');
  const index = useArticleIndex(slug);
  if (!index) return <notFoundPage.Page />;
  if (!index.versions.some((version) => version.locale === locale))
    return <versionsElsewherePage.Page index={index} />;
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
