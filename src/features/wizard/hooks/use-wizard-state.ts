import { useSearchParams } from 'react-router';
import { listedCloudIdsOf } from '../../../domain/applies-to';
import { evaluate, type Evaluation } from '../../../domain/decision/evaluate';
import { WIZARD_ARTICLE_SLUG } from '../../../domain/decision/who-contacts';
import { articleListing } from '../../../lib/content/article-catalog';
import { useLocale } from '../../../lib/locale/locale-context';

/** Everything the wizard shows is derived from the URL's query: nothing is stored twice. */
export function useWizardState(): Evaluation {
  const [params] = useSearchParams();
  const locale = useLocale();
  const listing = articleListing(WIZARD_ARTICLE_SLUG, locale);
  return evaluate(params, listing ? listedCloudIdsOf(listing) : null);
}
