import { useSearchParams } from 'react-router';
import { listedCloudIdsOf } from '../../../domain/applies-to';
import {
  answersToParams,
  nextStep,
  rawAnswersFromParams,
  validateAnswers,
  type Answers,
  type InvalidAnswer,
  type Step,
} from '../../../domain/decision/who-contacts';
import { articleListing } from '../../../lib/content/article-catalog';
import { articleLocaleFor } from '../../../lib/content/article-store';
import { useLocale } from '../../../lib/locale/locale-context';
import { WIZARD_ARTICLE_SLUG } from '../../../domain/wizard-article';

export { WIZARD_ARTICLE_SLUG } from '../../../domain/wizard-article';

export interface WizardState {
  step: Step;
  /** Answers in the URL that were ignored (unknown, or after an unanswered question). */
  ignored: InvalidAnswer[];
}

/** Everything the wizard shows is derived from the URL's query: nothing is stored twice. */
export function useWizardState(): WizardState {
  const [params] = useSearchParams();
  const locale = useLocale();
  const raw = rawAnswersFromParams(params);
  // In a locale the article lacks, the version the wizard quotes instead says which clouds it lists.
  const articleLocale = articleLocaleFor(WIZARD_ARTICLE_SLUG, locale);
  const summary = articleLocale ? articleListing(WIZARD_ARTICLE_SLUG, articleLocale) : undefined;
  const step = nextStep(raw, summary ? listedCloudIdsOf(summary) : null);
  return { step, ignored: validateAnswers(raw).invalid };
}

/** The query string for a set of answers: `?cloud=…&topic=…`, or nothing at the start. */
export function searchOf(answers: Answers): string {
  const query = answersToParams(answers).toString();
  return query ? `?${query}` : '';
}
