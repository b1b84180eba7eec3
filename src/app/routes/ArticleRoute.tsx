import { useParams } from 'react-router';
import { AppliesToNotices } from '../../features/applies-to/components/AppliesToNotices';
import { ArticlePage } from '../../features/article/components/ArticlePage';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';
import { useLocale } from '../../lib/locale/locale-context';

/** An article version that exists (App checks that before loading this page's chunk). */
export function ArticleRoute() {
  const { slug = '' } = useParams();
  const locale = useLocale();
  return (
    <ArticlePage
      key={`${slug}/${locale}`}
      slug={slug}
      notices={<AppliesToNotices slug={slug} />}
      after={<WizardTeaser />}
    />
  );
}
