import { useSearchParams } from 'react-router';
import { listedCloudIdsOf } from '../../../domain/applies-to';
import { evaluate, type Evaluation } from '../../../domain/decision/evaluate';
import { WIZARD_ARTICLE_SLUG } from '../../../domain/decision/who-contacts';
import { articleListing, articleLocaleFor } from '../../../lib/content/article-store';
import { useLocale } from '../../../lib/locale/locale-context';

/** Everything the wizard shows is derived from the URL's query: nothing is stored twice. */
export function useWizardState(): Evaluation {
  const [params] = useSearchParams();
  const locale = useLocale();
  // In a locale the article lacks, the version the wizard quotes instead says which clouds it lists.
  const articleLocale = articleLocaleFor(WIZARD_ARTICLE_SLUG, locale);
  const listing = articleLocale ? articleListing(WIZARD_ARTICLE_SLUG, articleLocale) : undefined;
  return evaluate(params, listing ? listedCloudIdsOf(listing) : null);
}
