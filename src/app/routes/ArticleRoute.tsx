import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ArticlePage } from '../../features/article/components/ArticlePage';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';

/**
 * An article version that exists (App checks that before loading this page's chunk). App passes the
 * applies-to notices, which it loads only for URLs that name the filter.
 */
export function ArticleRoute({ notices }: { notices: ReactNode }) {
  const { slug = '' } = useParams();
  // No key per locale: a switch updates the page in place (the versions share their structure), which
  // takes about half the time of building it anew.
  return <ArticlePage slug={slug} notices={notices} after={<WizardTeaser />} />;
}
