import { useState, type FormEvent, type RefObject } from 'react';
import { Link, useNavigate } from 'react-router';
import { queryOf, type QuestionStep } from '../../../domain/decision/evaluate';
import {
  isOptionOf,
  type AnsweredQuestion,
  type Answers,
  type OptionId,
} from '../../../domain/decision/who-contacts';
import { ORIGINAL_PARAM } from '../../../domain/original-param';
import { wizardPath } from '../../../domain/routes';
import { EmbedModeInputs } from '../../../lib/router/embed-mode-inputs';
import { useStrings } from '../../../lib/i18n/use-strings';
import { useKeepOriginal } from '../hooks/use-keep-original';
import { optionKey } from '../string-keys';

interface QuestionFormProps {
  step: QuestionStep;
  /** Every valid answer in the URL, later ones included while this question is being changed. */
  answers: Answers;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * One question: native radios in a fieldset whose legend is the page heading. Without JavaScript it is a
 * GET form carrying the other answers in question order; with it, Continue updates the URL in place.
 */
export function QuestionForm({ step, answers, headingRef }: QuestionFormProps) {
  const { t, locale } = useStrings('wizard');
  const { originalOn, keep } = useKeepOriginal();
  const navigate = useNavigate();
  const { question } = step;
  const options: readonly OptionId[] = question.options;
  const [choice, setChoice] = useState<OptionId | undefined>(step.selected);
  const [missing, setMissing] = useState(false);
  const ids = { hint: `${question.id}-hint`, error: `${question.id}-error` };
  const last = step.before.at(-1);

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
    const next = { ...answers, [question.id]: chosen };
    // This step's history entry first becomes "this question, with this answer", so the browser's Back
    // (and Forward) shows it again as it was left; then the next step. Later answers still on the new
    // answer's path are kept, the others dropped (`queryOf` writes only the walked path).
    void navigate({ search: keep(queryOf(next, question.id)) }, { replace: true });
    void navigate({ search: keep(queryOf(next)) });
  }

  return (
    <>
      {last && (
        <Link className="back-link" to={{ search: keep(queryOf(answers, last.question)) }}>
          {t('back')}
        </Link>
      )}
      <form method="get" action={wizardPath(locale)} onSubmit={submit} noValidate className="question-form">
        <HiddenAnswers answered={step.before} />
        <fieldset aria-describedby={missing ? `${ids.hint} ${ids.error}` : ids.hint}>
          <legend>
            <span className="wizard-progress">{t('progress.question', { number: step.number })}</span>
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
            {options.map((option) => {
              const id = `${question.id}-${option}`;
              // Only the topics need examples a partner recognises; yes/no and cloud names speak for themselves.
              const hint =
                question.id === 'topic' && isOptionOf('topic', option)
                  ? t(`question.topic.optionHint.${option}`)
                  : null;
              return (
                <div className="radio" key={option}>
                  <input
                    type="radio"
                    id={id}
                    name={question.id}
                    value={option}
                    checked={choice === option}
                    aria-describedby={hint ? `${id}-hint` : undefined}
                    onChange={() => {
                      setChoice(option);
                      setMissing(false);
                    }}
                  />
                  <div className="radio-text">
                    <label htmlFor={id}>{t(optionKey(question.id, option))}</label>
                    {hint && (
                      <p id={`${id}-hint`} className="radio-hint">
                        {hint}
                      </p>
                    )}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
        <HiddenAnswers answered={step.after} />
        {originalOn && <input type="hidden" name={ORIGINAL_PARAM} value="1" />}
        <EmbedModeInputs />
        <div className="wizard-actions">
          <button type="submit" className="button">
            {t('continue')}
          </button>
          {last && <Link to={wizardPath(locale) + keep('')}>{t('startAgain')}</Link>}
        </div>
      </form>
    </>
  );
}

/** Answers carried by the GET form; before and after the radios, so the query keeps question order. */
function HiddenAnswers({ answered }: { answered: readonly AnsweredQuestion[] }) {
  return answered.map(({ question, option }) => (
    <input key={question} type="hidden" name={question} value={option} />
  ));
}
