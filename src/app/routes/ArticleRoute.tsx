import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ArticlePage } from '../../features/article/components/ArticlePage';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';
import { useLocale } from '../../lib/locale/locale-context';

/**
 * An article version that exists (App checks that before loading this page's chunk). App passes the
 * applies-to notices, which it loads only for URLs that name the filter.
 */
export function ArticleRoute({ notices }: { notices: ReactNode }) {
  const { slug = '' } = useParams();
  const locale = useLocale();
  return <ArticlePage key={`${slug}/${locale}`} slug={slug} notices={notices} after={<WizardTeaser />} />;
}
