/**
 * "Who contacts my customer?": a GOV.UK-style decision tree over the article "Customer communication from
 * Microsoft", as plain `const` data (questions with a per-option `next`, outcomes defined once, each naming the
 * article's English sentences it rests on), walked exhaustively in tests. No UI text and no locale here: the
 * UI maps ids to strings; the version read enters only through `cloudCoverage`, reported beside the outcome.
 */
import type { SentenceKey } from '../article';
import type { CloudId } from '../applies-to-values';
import { CITED_SENTENCES } from './cited-sentences';
import type { Who } from './who';

// The article every outcome cites, and whose versions' applies-to lines the cloud is checked against. In a
// module of its own so that the route table can name it without bringing the graph into every page.
export { WIZARD_ARTICLE_SLUG } from './wizard-article';

import {
  CLOUD_OPTIONS,
  NOT_SURE,
  QUESTION_ORDER,
  RELATIONSHIP_OPTIONS,
  TOPIC_OPTIONS,
  type CloudOption,
  type OptionId,
  type OptionsByQuestion,
  type QuestionId,
  type RelationshipOption,
  type TopicOption,
} from './options';

// The questions' options are in ./options.ts (the URL parser checks answers without the graph).
export { CLOUD_OPTIONS, QUESTION_ORDER, RELATIONSHIP_OPTIONS, TOPIC_OPTIONS };
export type { CloudOption, OptionId, OptionsByQuestion, QuestionId, RelationshipOption, TopicOption };

export const START_QUESTION: QuestionId = 'cloud';

export const OUTCOME_IDS = [
  'partner-contacts',
  'microsoft-may-contact-incident',
  'microsoft-contacts-non-csp',
  'partner-contacts-no-relationship',
  'relationship-explained',
  'general-partner',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export interface Outcome<O extends OutcomeId = OutcomeId> {
  readonly id: O;
  readonly who: Who;
  /** The article sentences this outcome rests on; the tuple type makes an outcome citing nothing an error. */
  readonly cites: readonly [SentenceKey, ...SentenceKey[]];
}

const S = CITED_SENTENCES;

/** Every outcome, defined once (the mapped type checks each key matches its `id`). */
export const OUTCOMES: { readonly [O in OutcomeId]: Outcome<O> } = {
  // Subscriptions and billing: the partner owns the billing relationship, so Microsoft stays silent.
  'partner-contacts': {
    id: 'partner-contacts',
    who: 'partner',
    cites: [S.generalExpectation, S.noSubscriptionCommunications],
  },
  // Incidents: the one case where Microsoft "may" write to CSP customers directly.
  'microsoft-may-contact-incident': {
    id: 'microsoft-may-contact-incident',
    who: 'microsoft',
    cites: [S.serviceIncidents],
  },
  // Non-CSP products of a customer who already deals with Microsoft: Microsoft "will continue" to.
  'microsoft-contacts-non-csp': {
    id: 'microsoft-contacts-non-csp',
    who: 'microsoft',
    cites: [S.existingRelationships],
  },
  // No existing relationship: the exception does not apply, the general expectation does.
  'partner-contacts-no-relationship': {
    id: 'partner-contacts-no-relationship',
    who: 'partner',
    cites: [S.generalExpectation, S.existingRelationships],
  },
  // Unsure about the relationship: explain the rule rather than guess.
  'relationship-explained': {
    id: 'relationship-explained',
    who: 'depends',
    cites: [S.existingRelationships, S.generalExpectation],
  },
  // Anything else: the article states no rule for it, only the general expectation; say so, not more.
  'general-partner': {
    id: 'general-partner',
    who: 'general',
    cites: [S.generalExpectation],
  },
};

/** Where an answer leads: another question, or an outcome. */
export type Next = { readonly question: QuestionId } | { readonly outcome: OutcomeId };

export interface Question<Q extends QuestionId = QuestionId> {
  readonly id: Q;
  readonly options: readonly OptionsByQuestion[Q][];
  /** One target per option; the mapped type makes a missing option a type error. */
  readonly next: { readonly [O in OptionsByQuestion[Q]]: Next };
}

/** The graph. Routing is data: each option names where it leads. */
export const QUESTIONS: { readonly [Q in QuestionId]: Question<Q> } = {
  // The cloud does not change what the article says, only whether the version read covers it.
  cloud: {
    id: 'cloud',
    options: CLOUD_OPTIONS,
    next: {
      'partner-center': { question: 'topic' },
      'us-government': { question: 'topic' },
      germany: { question: 'topic' },
      'not-sure': { question: 'topic' },
    },
  },
  topic: {
    id: 'topic',
    options: TOPIC_OPTIONS,
    next: {
      subscription: { outcome: 'partner-contacts' },
      incident: { outcome: 'microsoft-may-contact-incident' },
      // Only non-CSP products hinge on the customer's own relationship with Microsoft.
      'non-csp': { question: 'relationship' },
      other: { outcome: 'general-partner' },
    },
  },
  relationship: {
    id: 'relationship',
    options: RELATIONSHIP_OPTIONS,
    next: {
      yes: { outcome: 'microsoft-contacts-non-csp' },
      no: { outcome: 'partner-contacts-no-relationship' },
      'not-sure': { outcome: 'relationship-explained' },
    },
  },
};

/** Any one question, discriminated by `id`. */
export type AnyQuestion = { [Q in QuestionId]: Question<Q> }[QuestionId];

/** Answers by question id; only options of that question. */
export type Answers = { readonly [Q in QuestionId]?: OptionsByQuestion[Q] };

/** Anything that may be passed as answers: URL parameters, stored state, a test's arbitrary record. */
export type RawAnswers = Readonly<Record<string, unknown>>;

export interface AnsweredQuestion {
  question: QuestionId;
  option: OptionId;
}

// ---------------------------------------------------------------------------------------------------------
// Small named predicates

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_ORDER as readonly string[]).includes(value);
}

export function isOptionOf<Q extends QuestionId>(question: Q, value: unknown): value is OptionsByQuestion[Q] {
  return typeof value === 'string' && (QUESTIONS[question].options as readonly string[]).includes(value);
}

/** Where `option` leads from `question`, or undefined when it is not one of its options. */
function targetOf(question: QuestionId, option: string): Next | undefined {
  const next: Readonly<Record<string, Next>> = QUESTIONS[question].next;
  return Object.hasOwn(next, option) ? next[option] : undefined;
}

export function leadsToQuestion(next: Next): next is { readonly question: QuestionId } {
  return 'question' in next;
}

/** Own properties only, so `constructor` or `__proto__` in a URL cannot reach the prototype. */
export function rawValueOf(raw: RawAnswers, key: string): unknown {
  return Object.hasOwn(raw, key) ? raw[key] : undefined;
}

export function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** A printable form of any raw value, without calling its (possibly throwing) `toString`. */
export function describeRaw(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return `[${typeof value}]`;
}

// ---------------------------------------------------------------------------------------------------------
// The one walk of the graph (`evaluate` in ./evaluate.ts builds every step on it)

export interface Walk {
  /** The valid answers on the path, as answers. */
  answers: Answers;
  /** The valid answers in the order asked. */
  path: AnsweredQuestion[];
  /** The answer that stopped the walk because it is not an option of its question, if any. */
  unknown: { question: QuestionId; value: string } | undefined;
  /** Given answers to questions the path did not take (after the end, or not asked on it). */
  leftOver: { question: QuestionId; value: string }[];
  /** Where the walk stopped: the first question without a valid answer, or an outcome. */
  end: Next;
}

/**
 * Follows the answers from the start question while each is an option of its question. Total: any record
 * is accepted; unknown keys (other URL parameters) play no part.
 */
export function walk(raw: RawAnswers): Walk {
  const taken: Partial<Record<QuestionId, OptionId>> = {};
  const path: AnsweredQuestion[] = [];
  let unknown: Walk['unknown'];
  let end: Next = { question: START_QUESTION };
  while (leadsToQuestion(end)) {
    const question: QuestionId = end.question;
    const value = rawValueOf(raw, question);
    if (!isGiven(value)) break;
    const target: Next | undefined = isOptionOf(question, value) ? targetOf(question, value) : undefined;
    if (target === undefined) {
      unknown = { question, value: describeRaw(value) };
      break;
    }
    // Safe: `isOptionOf` checked `value` is an option of this very question.
    const option = value as OptionId;
    taken[question] = option;
    path.push({ question, option });
    end = target;
  }
  const leftOver = QUESTION_ORDER.flatMap((question) => {
    const value = rawValueOf(raw, question);
    const handled = Object.hasOwn(taken, question) || unknown?.question === question;
    return isGiven(value) && !handled ? [{ question, value: describeRaw(value) }] : [];
  });
  // Safe: every value in `taken` passed `isOptionOf` for its own question.
  return { answers: taken as Answers, path, unknown, leftOver, end };
}

/** Whether the version being read lists the chosen cloud; `unknown` for "not sure" or no applies-to line. */
export type CloudCoverage = 'listed' | 'not-listed' | 'unknown';

/**
 * Pure and separate from the graph: the outcome is what the article says; this tells whether the version
 * being read claims to cover the customer's cloud, so the UI can say so instead of pretending.
 * `listedCloudIds` is null when the version has no applies-to line (see `listedCloudIdsOf`).
 */
export function cloudCoverage(
  cloud: CloudOption | CloudId | null | undefined,
  listedCloudIds: readonly CloudId[] | null | undefined,
): CloudCoverage {
  if (cloud === null || cloud === undefined || cloud === NOT_SURE) return 'unknown';
  if (listedCloudIds === null || listedCloudIds === undefined) return 'unknown';
  return listedCloudIds.includes(cloud) ? 'listed' : 'not-listed';
}

export function toEntry(step: AnsweredQuestion): [QuestionId, OptionId] {
  return [step.question, step.option];
}

/** `cloud=…&topic=…&relationship=…`: the valid answers on the path only, in question order. */
export function answersToParams(answers: Answers | RawAnswers): URLSearchParams {
  return new URLSearchParams(walk(answers).path.map(toEntry));
}

// ---------------------------------------------------------------------------------------------------------
// Enumeration, for tests and documentation

export interface OutcomePath {
  answers: AnsweredQuestion[];
  outcome: Outcome;
}

/** Every answer sequence from the start question to an outcome, depth first in option order. */
export function pathsToOutcomes(): OutcomePath[] {
  const paths: OutcomePath[] = [];
  const visit = (next: Next, answers: AnsweredQuestion[]): void => {
    if (!leadsToQuestion(next)) {
      paths.push({ answers, outcome: OUTCOMES[next.outcome] });
      return;
    }
    const question: AnyQuestion = QUESTIONS[next.question];
    // A cycle would make the tree infinite: the graph must never ask a question twice on one path.
    if (answers.some((step) => step.question === question.id)) throw new Error(`Cycle at ${question.id}`);
    for (const option of question.options as readonly OptionId[]) {
      const target = targetOf(question.id, option);
      if (target === undefined) throw new Error(`No next for ${question.id}=${option}`);
      visit(target, [...answers, { question: question.id, option }]);
    }
  };
  visit({ question: START_QUESTION }, []);
  return paths;
}
