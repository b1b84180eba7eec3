import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { htmlLangOf } from '../../../domain/locales';
import { answersToParams } from '../../../domain/decision/who-contacts';
import { wizardPath } from '../../../domain/routes';
import { manifest } from '../../../lib/content/article-store';
import { DocumentHead } from '../../../lib/head/document-head';
import { useStrings } from '../../../lib/i18n/use-strings';
import { afterNextPaint } from '../../../lib/scheduling/after-next-paint';
import { useWizardState } from '../hooks/use-wizard-state';
import { IgnoredAnswersNotice } from './IgnoredAnswersNotice';
import { OutcomeView } from './OutcomeView';
import { QuestionForm } from './QuestionForm';

/** `/<locale>/who-contacts-my-customer?cloud=…&topic=…&relationship=…` — one question per step. */
export function WizardPage() {
  const { t, lang, locale } = useStrings('wizard');
  const app = useStrings('app');
  const { step, ignored } = useWizardState();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Moving between steps is a page change for screen reader and keyboard users: focus the new heading,
  // once the step is on screen (focusing lays the page out and scrolls to the heading: the frame that
  // shows the new step does not wait for that).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    return afterNextPaint(() => heading.current?.focus());
  }, [location.search]);

  const stepNumber = step.path.length + 1;
  const stepTitle =
    step.kind === 'question'
      ? `${t('progress.question', { number: stepNumber })}: ${t(`question.${step.question.id}.title`)}`
      : `${t('outcome.pageTitle')}: ${t(`outcome.${step.outcome.id}.summary`)}`;
  const query = answersToParams(step.answers).toString();

  return (
    <div className="wizard" lang={lang}>
      <DocumentHead
        title={`${stepTitle} | ${app.t('wizardTeaser.heading')}`}
        lang={htmlLangOf(locale)}
        description={app.t('wizardTeaser.body')}
        canonicalPath={wizardPath(locale) + (query ? `?${query}` : '')}
        alternates={manifest.locales.map((option) => ({
          hrefLang: option.htmlLang,
          path: wizardPath(option.id) + (query ? `?${query}` : ''),
        }))}
      />
      <p className="wizard-caption" lang={app.lang}>
        {app.t('wizardTeaser.heading')}
      </p>
      <IgnoredAnswersNotice ignored={ignored} />
      {step.kind === 'question' ? (
        <QuestionForm
          key={step.question.id}
          step={step}
          stepNumber={stepNumber}
          headingRef={heading}
          previousChoice={(location.state as { previous?: string } | null)?.previous}
        />
      ) : (
        <OutcomeView step={step} headingRef={heading} />
      )}
    </div>
  );
}
