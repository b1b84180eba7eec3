import type { TFunction } from 'i18next';
import type { Step } from '../../domain/decision/evaluate';

/**
 * A step's page title, from one template per locale, never joined in code: "Question 2: … | Who contacts
 * my customer?", "答案：… | 谁会联系我的客户？". A function of `t`, so the path table can record it too.
 */
export function pageTitleOf(t: TFunction<'wizard'>, wizardName: string, step: Step): string {
  const stepTitle =
    step.kind === 'question'
      ? t('title.question', { number: step.number, question: t(`question.${step.question.id}.title`) })
      : t('title.outcome', { answer: t(`outcome.${step.outcome.id}.heading`) });
  return t('title.page', { step: stepTitle, wizard: wizardName });
}
