import { lazy, Suspense } from 'react';
import { WIZARD_ARTICLE_SLUG } from '../../domain/decision/wizard-article';
import { htmlLangOf } from '../../domain/locales';
import { homePath } from '../../domain/routes';
import { AppliesToFilter } from '../../features/applies-to/components/AppliesToFilter';
import { FilteredArticleList } from '../../features/applies-to/components/FilteredArticleList';
import { useAppliesToFilter } from '../../features/applies-to/hooks/use-applies-to-filter';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';
import { DocumentHead } from '../../lib/head/document-head';
import { homeAlternates } from './LocaleHomeLinks';
import { useStrings } from '../../lib/i18n/use-strings';

const HomeNavigation = lazy(() => import('./HomeNavigation'));
const TOP = [WIZARD_ARTICLE_SLUG];

/**
 * The wizard's teaser, the filter and the wizard's article on top; below, the locale's table of contents.
 * A filter shows instead one list of every article, those listing the choice counted.
 */
export function HomeRoute() {
  const { t, lang, locale } = useStrings('routes');
  const app = useStrings('app');
  const { active } = useAppliesToFilter();
  return (
    <div className="home">
      <DocumentHead
        title={app.t('siteName')}
        lang={htmlLangOf(locale)}
        description={t('home.intro')}
        canonicalPath={homePath(locale)}
        alternates={homeAlternates}
      />
      <div className="hero" lang={lang}>
        <h1 tabIndex={-1}>{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
      </div>
      <WizardTeaser />
      <AppliesToFilter />
      <FilteredArticleList slugs={active ? undefined : TOP} />
      {!active && (
        <Suspense fallback={null}>
          <HomeNavigation />
        </Suspense>
      )}
    </div>
  );
}
