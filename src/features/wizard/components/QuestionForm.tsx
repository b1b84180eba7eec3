import { useState, type FormEvent, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { answersBefore, type OptionId, type QuestionStep } from '../../../domain/decision/who-contacts';
import { wizardPath } from '../../../domain/routes';
import { Link } from '../../../lib/router/link';
import { searchOf } from '../hooks/use-wizard-state';
import { useStrings } from '../../../lib/i18n/use-strings';

interface QuestionFormProps {
  step: QuestionStep;
  stepNumber: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The answer given before, when the visitor came back to change it. */
  previousChoice: string | undefined;
}

/**
 * One question: native radios in a fieldset whose legend is the page heading. Without JavaScript it is a
 * GET form carrying the earlier answers; with it, Continue updates the URL in place.
 */
export function QuestionForm({ step, stepNumber, headingRef, previousChoice }: QuestionFormProps) {
  const { t, locale } = useStrings('wizard');
  const navigate = useNavigate();
  const { question } = step;
  const options: readonly OptionId[] = question.options;
  const [choice, setChoice] = useState(options.find((option) => option === previousChoice));
  const [missing, setMissing] = useState(false);
  const ids = { hint: `${question.id}-hint`, error: `${question.id}-error` };
  const last = step.path.at(-1);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A radio checked before the page's script ran is checked in the form but not in state: use it.
    const checked = new FormData(event.currentTarget).get(question.id);
    const chosen = choice ?? options.find((option) => option === checked);
    if (chosen === undefined) {
      setMissing(true);
      event.currentTarget.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    void navigate({ search: searchOf({ ...step.answers, [question.id]: chosen }) });
  }

  return (
    <>
      {last && (
        <Link
          className="back-link"
          to={{ search: searchOf(answersBefore(step.answers, last.question)) }}
          state={{ previous: last.option }}
        >
          {t('back')}
        </Link>
      )}
      <form method="get" action={wizardPath(locale)} onSubmit={submit} noValidate className="question-form">
        {step.path.map(({ question: answered, option }) => (
          <input key={answered} type="hidden" name={answered} value={option} />
        ))}
        <fieldset aria-describedby={missing ? `${ids.hint} ${ids.error}` : ids.hint}>
          <legend>
            <span className="wizard-progress">{t('progress.question', { number: stepNumber })}</span>
            <h1 ref={headingRef} tabIndex={-1}>
              {t(`question.${question.id}.title`)}
            </h1>
          </legend>
          <p id={ids.hint} className="hint">
            {t(`question.${question.id}.hint`)}
          </p>
          {missing && (
            <p id={ids.error} className="error-message" role="alert">
              {t('error.choose')}
            </p>
          )}
          <div className="radios">
            {options.map((option) => (
              <div className="radio" key={option}>
                <input
                  type="radio"
                  id={`${question.id}-${option}`}
                  name={question.id}
                  value={option}
                  checked={choice === option}
                  onChange={() => {
                    setChoice(option);
                    setMissing(false);
                  }}
                />
                <label htmlFor={`${question.id}-${option}`}>
                  {t(`question.${question.id}.option.${option}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="wizard-actions">
          <button type="submit" className="button">
            {t('continue')}
          </button>
          {last && <Link to={wizardPath(locale)}>{t('startAgain')}</Link>}
        </div>
      </form>
    </>
  );
}
