/**
 * What a wizard URL shows, worked out once: `evaluate(query)` is the only reading of the query, and every
 * link the wizard writes comes from `queryOf`. The URL holds everything a step shows, so a step opened in
 * a new tab, after a reload or through the browser's Back and Forward looks exactly as it did.
 *
 * The contract (documented in docs/urls.md, "Wizard"):
 * - `cloud`, `topic`, `relationship`: the answers, read in the order the questions are asked.
 * - `change=<question>`: show that question again with its answer in the query pre-selected, keeping every
 *   answer after it. Answering it keeps the later answers that are still on the path of the new answer and
 *   drops the ones it makes unreachable (GOV.UK smart answers, ADR 002), because `queryOf` keeps only the
 *   walked path. Change links, the Back link and the history entry of a step left by Continue all use it.
 */
import type { CloudId } from '../applies-to-values';
import {
  cloudCoverage,
  describeRaw,
  isGiven,
  isQuestionId,
  leadsToQuestion,
  OUTCOMES,
  QUESTIONS,
  rawValueOf,
  walk,
  answersToParams,
  type AnsweredQuestion,
  type Answers,
  type AnyQuestion,
  type CloudCoverage,
  type OptionId,
  type Outcome,
  type QuestionId,
  type RawAnswers,
} from './who-contacts';

/** The parameter naming the question being revisited (by a Change link, Back, or the browser's history). */
export const CHANGE_PARAM = 'change';

export interface QuestionStep {
  kind: 'question';
  question: AnyQuestion;
  /** 1 for the first question asked, and so on: the position on the path, not in `QUESTION_ORDER`. */
  number: number;
  /** The answers given before this question, in the order asked. */
  before: AnsweredQuestion[];
  /** The answer to pre-select: this question's answer in the query, when it is being revisited. */
  selected: OptionId | undefined;
  /** The answers after it, kept while it is changed (empty unless revisited). */
  after: AnsweredQuestion[];
}

export interface OutcomeStep {
  kind: 'outcome';
  outcome: Outcome;
  /** The answers that led here, in the order asked. */
  path: AnsweredQuestion[];
  /** Whether the version being read lists the chosen cloud (`unknown` when not told what it lists). */
  cloudCaveat: CloudCoverage;
}

export type Step = QuestionStep | OutcomeStep;

/** A query parameter the wizard could not use, with why; its value is shown back as text only. */
export interface IgnoredParameter {
  parameter: QuestionId | typeof CHANGE_PARAM;
  value: string;
  /**
   * `unknown-option`: not an option of that question. `not-reached`: an earlier question is still open.
   * `not-needed`: the path reached its outcome without this question (e.g. `relationship` after
   * `topic=subscription`). `unknown-question`: `change` names no question. `not-on-path`: `change` names a
   * question these answers do not ask.
   */
  reason: 'unknown-option' | 'not-reached' | 'not-needed' | 'unknown-question' | 'not-on-path';
}

export interface Evaluation {
  step: Step;
  /** Every valid answer on the path, later ones included while one is being changed. */
  answers: Answers;
  ignored: IgnoredParameter[];
}

/** A URL's query (`URLSearchParams`, first value of each name) or a plain record of raw values. */
export type Query = URLSearchParams | RawAnswers;

function recordOf(query: Query): RawAnswers {
  if (!(query instanceof URLSearchParams)) return query;
  const record: Record<string, string> = {};
  for (const [name, value] of query) if (!Object.hasOwn(record, name)) record[name] = value;
  return record;
}

/**
 * The step a query shows, the answers it keeps and what it ignored. Total: any query is accepted.
 * `listedCloudIds` are the clouds the version being read lists (null: it has no applies-to line).
 */
export function evaluate(query: Query, listedCloudIds?: readonly CloudId[] | null): Evaluation {
  const { walked, ignored, revisited } = read(query);
  const { path } = walked;
  let step: Step;
  if (revisited !== undefined) {
    const index = path.findIndex((answered) => answered.question === revisited);
    const at = index === -1 ? path.length : index;
    step = {
      kind: 'question',
      question: QUESTIONS[revisited],
      number: at + 1,
      before: path.slice(0, at),
      selected: path[at]?.option,
      after: path.slice(at + 1),
    };
  } else if (leadsToQuestion(walked.end)) {
    step = {
      kind: 'question',
      question: QUESTIONS[walked.end.question],
      number: path.length + 1,
      before: path,
      selected: undefined,
      after: [],
    };
  } else {
    step = {
      kind: 'outcome',
      outcome: OUTCOMES[walked.end.outcome],
      path,
      cloudCaveat: cloudCoverage(walked.answers.cloud, listedCloudIds),
    };
  }
  return { step, answers: walked.answers, ignored };
}

/**
 * Only what a query's answers leave unused, and why: for the one notice of the URL (src/domain/url-input),
 * without the outcomes' data.
 */
export function ignoredOf(query: Query): { ignored: IgnoredParameter[]; showsQuestion: boolean } {
  const { walked, ignored, revisited } = read(query);
  return { ignored, showsQuestion: revisited !== undefined || leadsToQuestion(walked.end) };
}

function read(query: Query) {
  const raw = recordOf(query);
  const walked = walk(raw);
  const ignored: IgnoredParameter[] = [];
  if (walked.unknown)
    ignored.push({
      parameter: walked.unknown.question,
      value: walked.unknown.value,
      reason: 'unknown-option',
    });
  const leftOverReason = leadsToQuestion(walked.end) ? 'not-reached' : 'not-needed';
  for (const { question, value } of walked.leftOver)
    ignored.push({ parameter: question, value, reason: leftOverReason });
  const revisited = revisitedQuestion(raw, walked.path, walked.end, ignored);
  return { walked, ignored, revisited };
}

/** The question `change` names, when these answers ask it (answered on the path, or the one still open). */
function revisitedQuestion(
  raw: RawAnswers,
  path: readonly AnsweredQuestion[],
  end: ReturnType<typeof walk>['end'],
  ignored: IgnoredParameter[],
): QuestionId | undefined {
  const value = rawValueOf(raw, CHANGE_PARAM);
  if (!isGiven(value)) return undefined;
  if (!isQuestionId(value)) {
    ignored.push({ parameter: CHANGE_PARAM, value: describeRaw(value), reason: 'unknown-question' });
    return undefined;
  }
  const asked = path.some((answered) => answered.question === value);
  const open = leadsToQuestion(end) && end.question === value;
  if (asked) return value;
  // Revisiting the question that is open anyway is simply that question: nothing to report.
  if (!open) ignored.push({ parameter: CHANGE_PARAM, value, reason: 'not-on-path' });
  return undefined;
}

/**
 * The query for these answers (only those on their path, in question order), optionally revisiting one
 * question: `?cloud=…&topic=…&change=topic`, or '' at the start.
 */
export function queryOf(answers: Answers | RawAnswers, change?: QuestionId): string {
  const params = answersToParams(answers);
  if (change !== undefined) params.set(CHANGE_PARAM, change);
  const query = params.toString();
  return query ? `?${query}` : '';
}
