import { describe, expect, it } from 'vitest';
import { KNOWN_CLOUDS } from '../../../src/domain/applies-to-values';
import { sentenceKeyOf } from '../../../src/domain/sentence-key';
import {
  CLOUD_OPTIONS,
  OUTCOMES,
  OUTCOME_IDS,
  QUESTIONS,
  QUESTION_ORDER,
  START_QUESTION,
  answersToParams,
  cloudCoverage,
  isOptionOf,
  isQuestionId,
  type Answers,
  type OutcomeId,
  type RawAnswers,
} from '../../../src/domain/decision/who-contacts';
import { CITED_SENTENCES } from '../../../src/domain/decision/cited-sentences';
import { evaluate, queryOf, type Query, type Step } from '../../../src/domain/decision/evaluate';

/** The step a query shows. */
const stepOf = (query: Query, listed?: readonly string[] | null): Step => evaluate(query, listed).step;

/** The answers a query keeps and what it ignores. */
function check(raw: RawAnswers) {
  const { answers, ignored } = evaluate(raw);
  return { answers, invalid: ignored };
}

const BOTH_CLOUDS = ['partner-center', 'us-government'];

function outcomeOf(step: Step): OutcomeId | null {
  return step.kind === 'outcome' ? step.outcome.id : null;
}

function questionOf(step: Step): string | null {
  return step.kind === 'question' ? step.question.id : null;
}

describe('the questions', () => {
  it('are asked in the order cloud, topic, relationship, starting with cloud', () => {
    expect(QUESTION_ORDER).toEqual(['cloud', 'topic', 'relationship']);
    expect(START_QUESTION).toBe('cloud');
  });

  it('have ids and option ids that are URL-safe as they are', () => {
    for (const question of QUESTION_ORDER) {
      expect(encodeURIComponent(question)).toBe(question);
      for (const option of QUESTIONS[question].options) expect(encodeURIComponent(option)).toBe(option);
    }
  });

  it('each know their own id', () => {
    for (const question of QUESTION_ORDER) expect(QUESTIONS[question].id).toBe(question);
  });

  it('offer as clouds only known applies-to ids, plus not-sure', () => {
    const known: readonly string[] = KNOWN_CLOUDS.map((cloud) => cloud.id);
    expect(CLOUD_OPTIONS.filter((option) => option !== 'not-sure').every((id) => known.includes(id))).toBe(
      true,
    );
    expect(CLOUD_OPTIONS).toContain('not-sure');
  });
});

describe('the outcomes', () => {
  it('each cite at least one sentence, once, as a normalised sentence key', () => {
    for (const id of OUTCOME_IDS) {
      const { cites } = OUTCOMES[id];
      expect(cites.length).toBeGreaterThan(0);
      expect(new Set(cites).size).toBe(cites.length);
      for (const key of cites) expect(sentenceKeyOf(key)).toBe(key);
    }
  });
});

describe('nextStep, rule by rule', () => {
  it('asks for the cloud first', () => {
    expect(questionOf(stepOf({}))).toBe('cloud');
  });

  it.each(CLOUD_OPTIONS)('asks for the topic after cloud=%s', (cloud) => {
    expect(questionOf(stepOf({ cloud }))).toBe('topic');
  });

  it('says the partner contacts the customer about subscriptions and billing', () => {
    const step = stepOf({ cloud: 'partner-center', topic: 'subscription' });
    expect(outcomeOf(step)).toBe('partner-contacts');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('partner');
    expect(step.kind === 'outcome' && step.outcome.cites).toEqual([
      CITED_SENTENCES.generalExpectation,
      CITED_SENTENCES.noSubscriptionCommunications,
    ]);
  });

  it('says Microsoft may contact the customer about service incidents', () => {
    const step = stepOf({ cloud: 'partner-center', topic: 'incident' });
    expect(outcomeOf(step)).toBe('microsoft-may-contact-incident');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('microsoft');
    expect(step.kind === 'outcome' && step.outcome.cites).toEqual([CITED_SENTENCES.serviceIncidents]);
  });

  it('asks about the commercial relationship for non-CSP products', () => {
    expect(questionOf(stepOf({ cloud: 'partner-center', topic: 'non-csp' }))).toBe('relationship');
  });

  it('says the partner contacts the customer about other topics, citing the general expectation', () => {
    const step = stepOf({ cloud: 'germany', topic: 'other' });
    expect(outcomeOf(step)).toBe('general-partner');
    expect(step.kind === 'outcome' && step.outcome.cites).toEqual([CITED_SENTENCES.generalExpectation]);
  });

  it('says Microsoft contacts a customer with an existing relationship about non-CSP products', () => {
    const step = stepOf({ cloud: 'partner-center', topic: 'non-csp', relationship: 'yes' });
    expect(outcomeOf(step)).toBe('microsoft-contacts-non-csp');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('microsoft');
    expect(step.kind === 'outcome' && step.outcome.cites).toEqual([CITED_SENTENCES.existingRelationships]);
  });

  it('says the partner contacts a customer without an existing relationship', () => {
    const step = stepOf({ cloud: 'partner-center', topic: 'non-csp', relationship: 'no' });
    expect(outcomeOf(step)).toBe('partner-contacts-no-relationship');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('partner');
  });

  it('explains the relationship rule instead of guessing when the partner is not sure', () => {
    const step = stepOf({ cloud: 'partner-center', topic: 'non-csp', relationship: 'not-sure' });
    expect(outcomeOf(step)).toBe('relationship-explained');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('depends');
  });

  it.each(CLOUD_OPTIONS)('reaches the same outcome whatever the cloud (cloud=%s)', (cloud) => {
    expect(outcomeOf(stepOf({ cloud, topic: 'incident' }))).toBe('microsoft-may-contact-incident');
  });

  it('returns the question with its options, and the answers and path so far', () => {
    const step = stepOf({ cloud: 'germany', topic: 'non-csp' });
    expect(step).toEqual({
      kind: 'question',
      question: QUESTIONS.relationship,
      number: 3,
      before: [
        { question: 'cloud', option: 'germany' },
        { question: 'topic', option: 'non-csp' },
      ],
      selected: undefined,
      after: [],
    });
  });

  it('asks the first question whose answer is not an option, ignoring later answers', () => {
    expect(questionOf(stepOf({ cloud: 'mars', topic: 'incident' }))).toBe('cloud');
    expect(questionOf(stepOf({ cloud: 'germany', topic: 'weather', relationship: 'yes' }))).toBe('topic');
  });

  it('ignores an answer to a question the path does not ask', () => {
    expect(outcomeOf(stepOf({ cloud: 'germany', topic: 'subscription', relationship: 'yes' }))).toBe(
      'partner-contacts',
    );
  });
});

describe('the cloud caveat', () => {
  it('is listed when the version being read lists the chosen cloud', () => {
    const step = stepOf({ cloud: 'us-government', topic: 'incident' }, BOTH_CLOUDS);
    expect(step.kind === 'outcome' && step.cloudCaveat).toBe('listed');
  });

  it('is not-listed when the version being read does not list the chosen cloud, without changing the outcome', () => {
    const step = stepOf({ cloud: 'germany', topic: 'incident' }, BOTH_CLOUDS);
    expect(outcomeOf(step)).toBe('microsoft-may-contact-incident');
    expect(step.kind === 'outcome' && step.cloudCaveat).toBe('not-listed');
  });

  it('is unknown when the partner is not sure of the cloud', () => {
    const step = stepOf({ cloud: 'not-sure', topic: 'incident' }, BOTH_CLOUDS);
    expect(step.kind === 'outcome' && step.cloudCaveat).toBe('unknown');
  });

  it('is unknown when not told what the version lists', () => {
    const step = stepOf({ cloud: 'germany', topic: 'incident' });
    expect(step.kind === 'outcome' && step.cloudCaveat).toBe('unknown');
  });
});

describe('cloudCoverage', () => {
  it('is listed for a listed cloud', () => {
    expect(cloudCoverage('germany', ['partner-center', 'germany'])).toBe('listed');
  });

  it('is not-listed for a cloud the list leaves out', () => {
    expect(cloudCoverage('germany', BOTH_CLOUDS)).toBe('not-listed');
    expect(cloudCoverage('germany', [])).toBe('not-listed');
  });

  it('is unknown for not-sure or no cloud', () => {
    expect(cloudCoverage('not-sure', BOTH_CLOUDS)).toBe('unknown');
    expect(cloudCoverage(null, BOTH_CLOUDS)).toBe('unknown');
    expect(cloudCoverage(undefined, BOTH_CLOUDS)).toBe('unknown');
  });

  it('is unknown for a version without an applies-to line', () => {
    expect(cloudCoverage('germany', null)).toBe('unknown');
  });
});

describe('validateAnswers', () => {
  it('keeps a complete valid path', () => {
    const raw = { cloud: 'germany', topic: 'non-csp', relationship: 'no' };
    expect(check(raw)).toEqual({ answers: raw, invalid: [] });
  });

  it('keeps valid earlier answers when a later one is unknown', () => {
    expect(check({ cloud: 'germany', topic: 'weather' })).toEqual({
      answers: { cloud: 'germany' },
      invalid: [{ parameter: 'topic', value: 'weather', reason: 'unknown-option' }],
    });
  });

  it('drops, and reports as not reached, answers after an unknown one', () => {
    expect(check({ cloud: 'mars', topic: 'non-csp', relationship: 'yes' })).toEqual({
      answers: {},
      invalid: [
        { parameter: 'cloud', value: 'mars', reason: 'unknown-option' },
        { parameter: 'topic', value: 'non-csp', reason: 'not-reached' },
        { parameter: 'relationship', value: 'yes', reason: 'not-reached' },
      ],
    });
  });

  it('keeps only the prefix when an earlier question is unanswered', () => {
    expect(check({ topic: 'incident' })).toEqual({
      answers: {},
      invalid: [{ parameter: 'topic', value: 'incident', reason: 'not-reached' }],
    });
  });

  it('reports an answer to a question the path never asks as not needed', () => {
    expect(check({ cloud: 'germany', topic: 'incident', relationship: 'yes' })).toEqual({
      answers: { cloud: 'germany', topic: 'incident' },
      invalid: [{ parameter: 'relationship', value: 'yes', reason: 'not-needed' }],
    });
  });

  it('does not accept an option of another question', () => {
    expect(check({ cloud: 'yes' }).answers).toEqual({});
    expect(check({ cloud: 'germany', topic: 'germany' }).answers).toEqual({ cloud: 'germany' });
  });

  it('is case-sensitive, since the UI writes the ids itself', () => {
    expect(check({ cloud: 'Germany' }).invalid).toEqual([
      { parameter: 'cloud', value: 'Germany', reason: 'unknown-option' },
    ]);
  });

  it('treats empty values as unanswered, without reporting them', () => {
    expect(check({ cloud: 'germany', topic: '' })).toEqual({
      answers: { cloud: 'germany' },
      invalid: [],
    });
  });

  it('ignores keys that are not questions', () => {
    expect(check({ cloud: 'germany', utm_source: 'mail', role: 'helpdesk-agent' })).toEqual({
      answers: { cloud: 'germany' },
      invalid: [],
    });
  });

  it('does not read answers from the prototype chain', () => {
    const raw: Record<string, string> = Object.create({ cloud: 'germany' }) as Record<string, string>;
    expect(check(raw).answers).toEqual({});
    expect(check({ cloud: 'constructor' }).answers).toEqual({});
  });

  it('reports a non-string value without calling its toString', () => {
    const hostile = {
      toString() {
        throw new Error('must not be called');
      },
    };
    expect(check({ cloud: hostile }).invalid).toEqual([
      { parameter: 'cloud', value: '[object]', reason: 'unknown-option' },
    ]);
  });
});

describe('change=<question>: revisiting a question (GOV.UK ADR 002)', () => {
  const full = { cloud: 'germany', topic: 'non-csp', relationship: 'yes' } as const;

  it('shows the question with its answer pre-selected, and keeps the answers before and after it', () => {
    expect(stepOf({ ...full, change: 'topic' })).toEqual({
      kind: 'question',
      question: QUESTIONS.topic,
      number: 2,
      before: [{ question: 'cloud', option: 'germany' }],
      selected: 'non-csp',
      after: [{ question: 'relationship', option: 'yes' }],
    });
    expect(evaluate({ ...full, change: 'cloud' }).answers).toEqual(full);
    expect(evaluate({ ...full, change: 'cloud' }).ignored).toEqual([]);
  });

  it('keeps later answers still on the new answer’s path, and goes straight on to the outcome', () => {
    const changed = { ...evaluate({ ...full, change: 'cloud' }).answers, cloud: 'partner-center' };
    expect(queryOf(changed)).toBe('?cloud=partner-center&topic=non-csp&relationship=yes');
    const step = stepOf(new URLSearchParams(queryOf(changed)));
    expect(step.kind === 'outcome' && step.outcome.id).toBe('microsoft-contacts-non-csp');
  });

  it('drops a later answer the new answer makes unreachable', () => {
    const changed = { ...evaluate({ ...full, change: 'topic' }).answers, topic: 'incident' };
    expect(queryOf(changed)).toBe('?cloud=germany&topic=incident');
  });

  it('asks the later question, pre-selecting nothing, when a later answer is not valid any more', () => {
    const step = stepOf({ cloud: 'germany', topic: 'non-csp', relationship: 'maybe', change: 'topic' });
    expect(step.kind === 'question' && [step.question.id, step.selected, step.after]).toEqual([
      'topic',
      'non-csp',
      [],
    ]);
  });

  it('treats revisiting the question that is open anyway as that question, reporting nothing', () => {
    const { step, ignored } = evaluate({ cloud: 'germany', change: 'topic' });
    expect(step.kind === 'question' && [step.question.id, step.selected]).toEqual(['topic', undefined]);
    expect(ignored).toEqual([]);
  });

  it('ignores, and reports, a change of a question these answers do not ask, or of no question', () => {
    const notAsked = evaluate({ cloud: 'germany', topic: 'incident', change: 'relationship' });
    expect(notAsked.step.kind).toBe('outcome');
    expect(notAsked.ignored).toEqual([{ parameter: 'change', value: 'relationship', reason: 'not-on-path' }]);
    const unknown = evaluate({ cloud: 'germany', change: '<b>x</b>' });
    expect(unknown.step.kind === 'question' && unknown.step.question.id).toBe('topic');
    expect(unknown.ignored).toEqual([{ parameter: 'change', value: '<b>x</b>', reason: 'unknown-question' }]);
  });

  it('writes the revisit form of a query: answers in question order, then change', () => {
    expect(queryOf({ relationship: 'yes', topic: 'non-csp', cloud: 'germany' }, 'topic')).toBe(
      '?cloud=germany&topic=non-csp&relationship=yes&change=topic',
    );
    expect(queryOf({})).toBe('');
  });
});

describe('URL parameters', () => {
  it('writes valid answers in question order', () => {
    expect(answersToParams({ relationship: 'no', topic: 'non-csp', cloud: 'germany' }).toString()).toBe(
      'cloud=germany&topic=non-csp&relationship=no',
    );
  });

  it('writes only the valid prefix', () => {
    expect(answersToParams({ cloud: 'germany', topic: 'weather', relationship: 'no' }).toString()).toBe(
      'cloud=germany',
    );
  });

  it('reads the first value of each question parameter and ignores others', () => {
    const params = new URLSearchParams('topic=incident&cloud=germany&cloud=partner-center&q=x');
    expect(evaluate(params)).toMatchObject({ answers: { cloud: 'germany', topic: 'incident' }, ignored: [] });
  });

  it('round-trips through evaluate', () => {
    const answers: Answers = { cloud: 'us-government', topic: 'non-csp', relationship: 'not-sure' };
    expect(evaluate(answersToParams(answers))).toMatchObject({ answers, ignored: [] });
  });
});

describe('predicates', () => {
  it('recognise question ids and their options', () => {
    expect(isQuestionId('topic')).toBe(true);
    expect(isQuestionId('role')).toBe(false);
    expect(isOptionOf('topic', 'non-csp')).toBe(true);
    expect(isOptionOf('topic', 'yes')).toBe(false);
    expect(isOptionOf('relationship', 'not-sure')).toBe(true);
  });
});
