import { WIZARD_ARTICLE_SLUG } from '../../domain/decision/wizard-article';
import { FilteredArticleList } from '../../features/applies-to/components/FilteredArticleList';
import { useStrings } from '../../lib/i18n/use-strings';
import { useNavigation } from '../../lib/content/navigation-store';
import { SiteNavigation } from './SiteNavigation';

/**
 * The home page below its top (wizard, filter, the wizard's article): the locale's landing links and table
 * of contents, then the articles no entry names. A chunk of its own with its data, loaded after the page has
 * painted: a prerendered page keeps this part's HTML until then.
 */
export default function HomeNavigation() {
  const { t, lang, locale } = useStrings('routes');
  const navigation = useNavigation(locale);
  if (!navigation) return null;
  const unlisted = navigation.unlisted.filter((slug) => slug !== WIZARD_ARTICLE_SLUG);
  return (
    <>
      <SiteNavigation navigation={navigation} />
      {unlisted.length > 0 && (
        <FilteredArticleList
          slugs={unlisted}
          heading={{
            text: t(navigation.tree.length > 0 ? 'navigation.unlisted' : 'navigation.moreArticles'),
            lang,
          }}
          headingId="unlisted-articles-heading"
        />
      )}
    </>
  );
}
