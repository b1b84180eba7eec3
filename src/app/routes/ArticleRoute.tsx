import { ArticlePage } from '../../features/article/components/ArticlePage';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';
import type { PageProps } from '../route-types';

/**
 * `/<locale>/articles/<slug>`: the version in the page's locale, with the applies-to notices when the URL
 * names a filter (loaded only then, as a part of the page). In a locale the article lacks, the route table
 * gives instead the page naming the versions that exist; for a slug no article has, the not-found page
 * (each its own chunk, loaded only for those URLs).
 */
export function ArticleRoute({ params, parts, instead = [] }: PageProps) {
  const slug = params.slug ?? '';
  // The article's index (loaded before this renders: the route table's `indexes`) decides `instead`.
  if (instead.length > 0)
    return instead.map((part) => <part.Page key={part.source} params={params} parts={[]} />);
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
