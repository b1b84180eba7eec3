import type { OptionsByQuestion, QuestionId } from '../../domain/decision/who-contacts';

/** The key of each question's own options only (`question.cloud.option.yes` is no key). */
type OptionKey = { [Q in QuestionId]: `question.${Q}.option.${OptionsByQuestion[Q]}` }[QuestionId];

/**
 * The label key of an option. A template literal over two unions would pair every question with every
 * option, so the pairing is typed here once; tests/lib/i18n/keys.test.ts checks every pair exists.
 */
export function optionKey<Q extends QuestionId>(question: Q, option: OptionsByQuestion[Q]): OptionKey {
  // Safe: the mapped type pairs each question with its own options only, as the graph does.
  return `question.${question}.option.${option}` as OptionKey;
}
