import { ArticlePage } from '../../features/article/components/ArticlePage';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';
import type { PageProps } from '../route-table';

/**
 * An article version that exists (the route table checks that before loading this page's chunk), with
 * the applies-to notices when the URL names a filter (loaded only then, as a part of the page).
 */
export function ArticleRoute({ params, parts }: PageProps) {
  const slug = params.slug ?? '';
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
