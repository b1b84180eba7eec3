import { htmlLangOf } from '../../domain/locales';
import { homePath } from '../../domain/routes';
import { AppliesToFilter } from '../../features/applies-to/components/AppliesToFilter';
import { FilteredArticleList } from '../../features/applies-to/components/FilteredArticleList';
import { WizardTeaser } from '../../features/wizard/components/WizardTeaser';
import { DocumentHead } from '../../lib/head/document-head';
import { homeAlternates } from './LocaleHomeLinks';
import { useStrings } from '../../lib/i18n/use-strings';

export function HomeRoute() {
  const { t, lang, locale } = useStrings('routes');
  const app = useStrings('app');
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
      <FilteredArticleList />
    </div>
  );
}
