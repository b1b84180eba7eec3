import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { htmlLangOf } from '../../../domain/locales';
import { queryOf } from '../../../domain/decision/evaluate';
import { wizardPath } from '../../../domain/routes';
import { manifest } from '../../../lib/content/article-store';
import { DocumentHead } from '../../../lib/head/document-head';
import { useStrings } from '../../../lib/i18n/use-strings';
import { useWizardState } from '../hooks/use-wizard-state';
import { pageTitleOf } from '../step-title';
import { OutcomeView } from './OutcomeView';
import { QuestionForm } from './QuestionForm';

/** `/<locale>/who-contacts-my-customer?cloud=…&topic=…&relationship=…[&change=…]` — one question per step. */
export function WizardPage() {
  const { t, lang, locale } = useStrings('wizard');
  const app = useStrings('app');
  const { step, answers } = useWizardState();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);

  // Moving to a step is a page change for screen reader and keyboard users: focus the new heading. That
  // includes arriving from another page (the teaser); only the page the browser loaded (key "default")
  // keeps the browser's own focus.
  useEffect(() => {
    if (location.key !== 'default') heading.current?.focus();
  }, [location.key]);

  const wizard = app.t('wizardTeaser.heading');
  // A revisited question's own URL carries `change`, so its canonical and language versions do too.
  const revisited = step.kind === 'question' && step.selected !== undefined;
  const query = queryOf(answers, revisited ? step.question.id : undefined);
  return (
    <div className="wizard" lang={lang}>
      <DocumentHead
        title={pageTitleOf(t, wizard, step)}
        lang={htmlLangOf(locale)}
        description={app.t('wizardTeaser.body')}
        canonicalPath={wizardPath(locale) + query}
        alternates={manifest.locales.map((option) => ({
          hrefLang: option.htmlLang,
          path: wizardPath(option.id) + query,
        }))}
      />
      <p className="wizard-caption" lang={app.lang}>
        {wizard}
      </p>
      {step.kind === 'question' ? (
        <QuestionForm
          key={`${step.question.id}:${step.selected ?? ''}`}
          step={step}
          answers={answers}
          headingRef={heading}
        />
      ) : (
        <OutcomeView step={step} answers={answers} headingRef={heading} />
      )}
    </div>
  );
}
