import { useParams } from 'react-router';
import { AppliesToNotices } from '../../features/applies-to/components/AppliesToNotices';
import { ArticlePage } from '../../features/article/components/ArticlePage';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';
import { hasArticle } from '../../lib/content/article-store';
import { useLocale } from '../../lib/locale/locale-context';
import { NotFoundRoute } from './NotFoundRoute';

export function ArticleRoute() {
  const { slug = '' } = useParams();
  const locale = useLocale();
  if (!hasArticle(slug, locale)) return <NotFoundRoute />;
  return (
    <ArticlePage
      key={`${slug}/${locale}`}
      slug={slug}
      notices={<AppliesToNotices slug={slug} />}
      after={<WizardTeaser />}
    />
  );
}
