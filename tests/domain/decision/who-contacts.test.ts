import { describe, expect, it } from 'vitest';
import { KNOWN_CLOUDS } from '../../../src/domain/applies-to';
import { sentenceKeyOf } from '../../../src/domain/sentence-key';
import {
  CITED_SENTENCES,
  CLOUD_OPTIONS,
  OUTCOMES,
  OUTCOME_IDS,
  QUESTIONS,
  QUESTION_ORDER,
  START_QUESTION,
  answersBefore,
  answersToParams,
  cloudCoverage,
  isOptionOf,
  isQuestionId,
  nextStep,
  rawAnswersFromParams,
  validateAnswers,
  type Answers,
  type OutcomeId,
  type Step,
} from '../../../src/domain/decision/who-contacts';

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
  it('each know their own id', () => {
    for (const id of OUTCOME_IDS) expect(OUTCOMES[id].id).toBe(id);
  });

  it('each cite at least one sentence, once, as a normalised sentence key', () => {
    for (const id of OUTCOME_IDS) {
      const { cites } = OUTCOMES[id];
      expect(cites.length).toBeGreaterThan(0);
      expect(new Set(cites).size).toBe(cites.length);
      for (const key of cites) expect(sentenceKeyOf(key)).toBe(key);
    }
  });

  it('cite only the four sentences of the article that say who communicates', () => {
    const cited = new Set(OUTCOME_IDS.flatMap((id) => OUTCOMES[id].cites));
    expect([...cited].sort()).toEqual(Object.values(CITED_SENTENCES).sort());
  });
});

describe('nextStep, rule by rule', () => {
  it('asks for the cloud first', () => {
    expect(questionOf(nextStep({}))).toBe('cloud');
  });

  it.each(CLOUD_OPTIONS)('asks for the topic after cloud=%s', (cloud) => {
    expect(questionOf(nextStep({ cloud }))).toBe('topic');
  });

  it('says the partner contacts the customer about subscriptions and billing', () => {
    const step = nextStep({ cloud: 'partner-center', topic: 'subscription' });
    expect(outcomeOf(step)).toBe('partner-contacts');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('partner');
    expect(step.kind === 'outcome' && step.outcome.cites).toEqual([
      CITED_SENTENCES.generalExpectation,
      CITED_SENTENCES.noSubscriptionCommunications,
    ]);
  });

  it('says Microsoft may contact the customer about service incidents', () => {
    const step = nextStep({ cloud: 'partner-center', topic: 'incident' });
    expect(outcomeOf(step)).toBe('microsoft-may-contact-incident');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('microsoft');
    expect(step.kind === 'outcome' && step.outcome.cites).toEqual([CITED_SENTENCES.serviceIncidents]);
  });

  it('asks about the commercial relationship for non-CSP products', () => {
    expect(questionOf(nextStep({ cloud: 'partner-center', topic: 'non-csp' }))).toBe('relationship');
  });

  it('says the partner contacts the customer about other topics, citing the general expectation', () => {
    const step = nextStep({ cloud: 'germany', topic: 'other' });
    expect(outcomeOf(step)).toBe('general-partner');
    expect(step.kind === 'outcome' && step.outcome.cites).toEqual([CITED_SENTENCES.generalExpectation]);
  });

  it('says Microsoft contacts a customer with an existing relationship about non-CSP products', () => {
    const step = nextStep({ cloud: 'partner-center', topic: 'non-csp', relationship: 'yes' });
    expect(outcomeOf(step)).toBe('microsoft-contacts-non-csp');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('microsoft');
    expect(step.kind === 'outcome' && step.outcome.cites).toEqual([CITED_SENTENCES.existingRelationships]);
  });

  it('says the partner contacts a customer without an existing relationship', () => {
    const step = nextStep({ cloud: 'partner-center', topic: 'non-csp', relationship: 'no' });
    expect(outcomeOf(step)).toBe('partner-contacts-no-relationship');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('partner');
  });

  it('explains the relationship rule instead of guessing when the partner is not sure', () => {
    const step = nextStep({ cloud: 'partner-center', topic: 'non-csp', relationship: 'not-sure' });
    expect(outcomeOf(step)).toBe('relationship-explained');
    expect(step.kind === 'outcome' && step.outcome.who).toBe('depends');
  });

  it.each(CLOUD_OPTIONS)('reaches the same outcome whatever the cloud (cloud=%s)', (cloud) => {
    expect(outcomeOf(nextStep({ cloud, topic: 'incident' }))).toBe('microsoft-may-contact-incident');
  });

  it('returns the question with its options, and the answers and path so far', () => {
    const step = nextStep({ cloud: 'germany', topic: 'non-csp' });
    expect(step).toEqual({
      kind: 'question',
      question: QUESTIONS.relationship,
      answers: { cloud: 'germany', topic: 'non-csp' },
      path: [
        { question: 'cloud', option: 'germany' },
        { question: 'topic', option: 'non-csp' },
      ],
    });
  });

  it('asks the first question whose answer is not an option, ignoring later answers', () => {
    expect(questionOf(nextStep({ cloud: 'mars', topic: 'incident' }))).toBe('cloud');
    expect(questionOf(nextStep({ cloud: 'germany', topic: 'weather', relationship: 'yes' }))).toBe('topic');
  });

  it('ignores an answer to a question the path does not ask', () => {
    expect(outcomeOf(nextStep({ cloud: 'germany', topic: 'subscription', relationship: 'yes' }))).toBe(
      'partner-contacts',
    );
  });
});

describe('the cloud caveat', () => {
  it('is listed when the version being read lists the chosen cloud', () => {
    const step = nextStep({ cloud: 'us-government', topic: 'incident' }, BOTH_CLOUDS);
    expect(step.kind === 'outcome' && step.cloudCaveat).toBe('listed');
  });

  it('is not-listed when the version being read does not list the chosen cloud, without changing the outcome', () => {
    const step = nextStep({ cloud: 'germany', topic: 'incident' }, BOTH_CLOUDS);
    expect(outcomeOf(step)).toBe('microsoft-may-contact-incident');
    expect(step.kind === 'outcome' && step.cloudCaveat).toBe('not-listed');
  });

  it('is unknown when the partner is not sure of the cloud', () => {
    const step = nextStep({ cloud: 'not-sure', topic: 'incident' }, BOTH_CLOUDS);
    expect(step.kind === 'outcome' && step.cloudCaveat).toBe('unknown');
  });

  it('is unknown when not told what the version lists', () => {
    const step = nextStep({ cloud: 'germany', topic: 'incident' });
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
    expect(validateAnswers(raw)).toEqual({ answers: raw, invalid: [] });
  });

  it('keeps valid earlier answers when a later one is unknown', () => {
    expect(validateAnswers({ cloud: 'germany', topic: 'weather' })).toEqual({
      answers: { cloud: 'germany' },
      invalid: [{ question: 'topic', value: 'weather', reason: 'unknown-option' }],
    });
  });

  it('drops, and reports as not reached, answers after an unknown one', () => {
    expect(validateAnswers({ cloud: 'mars', topic: 'non-csp', relationship: 'yes' })).toEqual({
      answers: {},
      invalid: [
        { question: 'cloud', value: 'mars', reason: 'unknown-option' },
        { question: 'topic', value: 'non-csp', reason: 'not-reached' },
        { question: 'relationship', value: 'yes', reason: 'not-reached' },
      ],
    });
  });

  it('keeps only the prefix when an earlier question is unanswered', () => {
    expect(validateAnswers({ topic: 'incident' })).toEqual({
      answers: {},
      invalid: [{ question: 'topic', value: 'incident', reason: 'not-reached' }],
    });
  });

  it('reports an answer to a question the path never asks as not applicable', () => {
    expect(validateAnswers({ cloud: 'germany', topic: 'incident', relationship: 'yes' })).toEqual({
      answers: { cloud: 'germany', topic: 'incident' },
      invalid: [{ question: 'relationship', value: 'yes', reason: 'not-applicable' }],
    });
  });

  it('does not accept an option of another question', () => {
    expect(validateAnswers({ cloud: 'yes' }).answers).toEqual({});
    expect(validateAnswers({ cloud: 'germany', topic: 'germany' }).answers).toEqual({ cloud: 'germany' });
  });

  it('is case-sensitive, since the UI writes the ids itself', () => {
    expect(validateAnswers({ cloud: 'Germany' }).invalid).toEqual([
      { question: 'cloud', value: 'Germany', reason: 'unknown-option' },
    ]);
  });

  it('treats empty values as unanswered, without reporting them', () => {
    expect(validateAnswers({ cloud: 'germany', topic: '' })).toEqual({
      answers: { cloud: 'germany' },
      invalid: [],
    });
  });

  it('ignores keys that are not questions', () => {
    expect(validateAnswers({ cloud: 'germany', utm_source: 'mail', role: 'helpdesk-agent' })).toEqual({
      answers: { cloud: 'germany' },
      invalid: [],
    });
  });

  it('does not read answers from the prototype chain', () => {
    const raw: Record<string, string> = Object.create({ cloud: 'germany' }) as Record<string, string>;
    expect(validateAnswers(raw).answers).toEqual({});
    expect(validateAnswers({ cloud: 'constructor' }).answers).toEqual({});
  });

  it('reports a non-string value without calling its toString', () => {
    const hostile = {
      toString() {
        throw new Error('must not be called');
      },
    };
    expect(validateAnswers({ cloud: hostile }).invalid).toEqual([
      { question: 'cloud', value: '[object]', reason: 'unknown-option' },
    ]);
  });
});

describe('answersBefore', () => {
  const full: Answers = { cloud: 'germany', topic: 'non-csp', relationship: 'yes' };

  it('keeps the answers before the question being changed and drops it and later ones', () => {
    expect(answersBefore(full, 'topic')).toEqual({ cloud: 'germany' });
    expect(answersBefore(full, 'cloud')).toEqual({});
  });

  it('keeps every answer when the question is not on the path', () => {
    const short: Answers = { cloud: 'germany', topic: 'incident' };
    expect(answersBefore(short, 'relationship')).toEqual(short);
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
    expect(rawAnswersFromParams(params)).toEqual({
      cloud: 'germany',
      topic: 'incident',
      relationship: undefined,
    });
  });

  it('round-trips through validateAnswers', () => {
    const answers: Answers = { cloud: 'us-government', topic: 'non-csp', relationship: 'not-sure' };
    expect(validateAnswers(rawAnswersFromParams(answersToParams(answers)))).toEqual({ answers, invalid: [] });
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
