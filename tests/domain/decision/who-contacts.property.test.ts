import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUESTIONS,
  QUESTION_ORDER,
  answersToParams,
  isOptionOf,
  type RawAnswers,
} from '../../../src/domain/decision/who-contacts';
import { CITED_SENTENCES } from '../../../src/domain/decision/cited-sentences';
import { CHANGE_PARAM, evaluate } from '../../../src/domain/decision/evaluate';

const nextStep = (raw: RawAnswers, listed?: readonly string[] | null) => evaluate(raw, listed).step;
function validateAnswers(raw: RawAnswers) {
  const { answers, ignored } = evaluate(raw);
  return { answers, invalid: ignored };
}
/** The same query without a `change` parameter. */
function withoutChange(raw: RawAnswers): RawAnswers {
  return Object.fromEntries(Object.entries(raw).filter(([name]) => name !== CHANGE_PARAM));
}

const ALL_OPTIONS = QUESTION_ORDER.flatMap((question) => [...QUESTIONS[question].options]);
const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%3Cscript%3E',
  'non-csp ',
  'NON-CSP',
  '__proto__',
  'constructor',
  'germany'.repeat(1000),
];

/** Mostly plausible values, so that arbitrary records also walk deep paths, mixed with junk. */
const answerString = fc.oneof(
  fc.constantFrom(...ALL_OPTIONS),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
);
const key = fc.oneof(
  fc.constantFrom(...QUESTION_ORDER),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'role', 'q', CHANGE_PARAM),
  fc.string(),
);
const stringRecord = fc.dictionary(key, answerString);
const anyRecord = fc.dictionary(key, fc.oneof(answerString, fc.anything()));
const listedClouds = fc.option(fc.array(fc.oneof(fc.constantFrom(...QUESTIONS.cloud.options), fc.string())), {
  nil: null,
});

const citable: readonly string[] = Object.values(CITED_SENTENCES);

describe('evaluate properties: the step', () => {
  it('is total: never throws and always returns a question or an outcome, for any record', () => {
    fc.assert(
      fc.property(anyRecord, listedClouds, (raw, listed) => {
        const step = nextStep(raw, listed);
        expect(['question', 'outcome']).toContain(step.kind);
      }),
    );
  });

  it('cites at least one of the article’s sentences for every outcome it reaches', () => {
    fc.assert(
      fc.property(stringRecord, (raw) => {
        const step = nextStep(raw);
        if (step.kind !== 'outcome') return;
        expect(step.outcome.cites.length).toBeGreaterThan(0);
        for (const cited of step.outcome.cites) expect(citable).toContain(cited);
      }),
    );
  });

  it('treats invalid answers as unanswered: same step as for the validated answers', () => {
    fc.assert(
      fc.property(anyRecord, (raw) => {
        expect(nextStep(withoutChange(raw))).toEqual(nextStep(validateAnswers(raw).answers));
      }),
    );
  });

  it('asks a question only when its answer is missing or not one of its options', () => {
    fc.assert(
      fc.property(stringRecord, (raw) => {
        const step = nextStep(withoutChange(raw));
        if (step.kind !== 'question') return;
        const given = Object.hasOwn(raw, step.question.id) ? raw[step.question.id] : undefined;
        expect(isOptionOf(step.question.id, given)).toBe(false);
      }),
    );
  });
});

describe('evaluate properties: the answers kept', () => {
  it('keeps a prefix of the path made only of the given valid answers', () => {
    fc.assert(
      fc.property(stringRecord, (raw) => {
        const { answers } = validateAnswers(raw);
        const step = nextStep(answers);
        const path = step.kind === 'outcome' ? step.path : step.before;
        // Every kept answer is on the path walked from the start, in order, with no gap ...
        expect(Object.keys(answers).sort()).toEqual(path.map((step) => step.question).sort());
        // ... and is exactly what was given, and an option of its question.
        for (const step of path) {
          expect(raw[step.question]).toBe(step.option);
          expect(isOptionOf(step.question, step.option)).toBe(true);
        }
      }),
    );
  });

  it('accounts for every given question answer exactly once: kept or reported', () => {
    fc.assert(
      fc.property(stringRecord, (raw) => {
        const { answers, invalid } = validateAnswers(withoutChange(raw));
        for (const question of QUESTION_ORDER) {
          const given = Object.hasOwn(raw, question) ? raw[question] : undefined;
          const kept = Object.hasOwn(answers, question) ? 1 : 0;
          const reported = invalid.filter((entry) => entry.parameter === question).length;
          expect(kept + reported).toBe(given === undefined || given === '' ? 0 : 1);
        }
      }),
    );
  });

  it('is idempotent: validating validated answers changes nothing and reports nothing', () => {
    fc.assert(
      fc.property(anyRecord, (raw) => {
        const once = validateAnswers(raw).answers;
        expect(validateAnswers(once)).toEqual({ answers: once, invalid: [] });
      }),
    );
  });

  it('reports hostile strings as values, unchanged, never as kept answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...QUESTION_ORDER),
        fc.constantFrom(...HOSTILE_STRINGS),
        (question, value) => {
          const { answers, invalid } = validateAnswers({ [question]: value });
          expect(Object.values(answers)).not.toContain(value);
          expect(invalid.map((entry) => entry.value)).toEqual([value]);
        },
      ),
    );
  });

  it('survives a trip through the URL unchanged', () => {
    fc.assert(
      fc.property(stringRecord, (raw) => {
        const { answers } = validateAnswers(raw);
        expect(validateAnswers(Object.fromEntries(answersToParams(raw))).answers).toEqual(answers);
      }),
    );
  });
});

describe('evaluate properties: revisiting a question', () => {
  const validPath = fc.constantFrom(
    ...[
      { cloud: 'germany', topic: 'non-csp', relationship: 'yes' },
      { cloud: 'not-sure', topic: 'incident' },
      { cloud: 'partner-center', topic: 'non-csp', relationship: 'not-sure' },
    ],
  );

  it('keeps every answer while a question on the path is revisited, pre-selecting its own', () => {
    fc.assert(
      fc.property(validPath, fc.constantFrom(...QUESTION_ORDER), (answers, question) => {
        const { step, answers: kept } = evaluate({ ...answers, [CHANGE_PARAM]: question });
        expect(kept).toEqual(answers);
        if (!Object.hasOwn(answers, question)) return;
        expect(step.kind === 'question' && step.question.id).toBe(question);
        if (step.kind !== 'question') return;
        expect(step.selected).toBe((answers as Record<string, string>)[question]);
        expect([...step.before, { question, option: step.selected }, ...step.after].length).toBe(
          Object.keys(answers).length,
        );
      }),
    );
  });
});
