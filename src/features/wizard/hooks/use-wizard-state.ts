import { useLocation } from 'react-router';
import { listedCloudIdsOf } from '../../../domain/applies-to';
import { evaluate, type Evaluation } from '../../../domain/decision/evaluate';
import { WIZARD_ARTICLE_SLUG } from '../../../domain/decision/who-contacts';
import { parseUrlInput } from '../../../domain/url-input/parse';
import { articleListing, articleLocaleFor } from '../../../lib/content/article-store';
import { useLocale } from '../../../lib/locale/locale-context';

/**
 * Everything the wizard shows is derived from the URL's query: nothing is stored twice. The query is read
 * by the URL parser (src/domain/url-input), which drops and reports what the wizard cannot use (the page's
 * one notice, src/app/url-input), so the step is evaluated on valid answers only.
 */
export function useWizardState(): Evaluation {
  const { search } = useLocation();
  const locale = useLocale();
  // In a locale the article lacks, the version the wizard quotes instead says which clouds it lists.
  const articleLocale = articleLocaleFor(WIZARD_ARTICLE_SLUG, locale);
  const listing = articleLocale ? articleListing(WIZARD_ARTICLE_SLUG, articleLocale) : undefined;
  // The walk itself leaves unused the answers the route's check would drop: that check is the notice's.
  const { params } = parseUrlInput('wizard', { search });
  return evaluate({ ...params }, listing ? listedCloudIdsOf(listing) : null);
}
