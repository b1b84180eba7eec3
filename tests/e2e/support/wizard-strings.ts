import type { Page } from 'playwright-core';
import type { OutcomeId } from '../../../src/domain/decision/who-contacts';
import appEn from '../../../src/app/locales/en-us.json';
import appZhCn from '../../../src/app/locales/zh-cn.json';
import appZhTw from '../../../src/app/locales/zh-tw.json';
import en from '../../../src/features/wizard/locales/en-us.json';
import zhCn from '../../../src/features/wizard/locales/zh-cn.json';
import zhTw from '../../../src/features/wizard/locales/zh-tw.json';

/** What the wizard e2e tests expect a reader to see, read from the locale files (never restated). */
export const WIZARD = '/who-contacts-my-customer';
export const STRINGS = { 'en-us': en, 'zh-cn': zhCn, 'zh-tw': zhTw } as const;
export const APP = { 'en-us': appEn, 'zh-cn': appZhCn, 'zh-tw': appZhTw } as const;
export type Locale = keyof typeof STRINGS;

/** A string from a locale file by its dotted key; a missing key fails the test that needs it. */
export function stringAt(locale: Locale, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      STRINGS[locale],
    );
  if (typeof value !== 'string') throw new Error(`No string ${key} in ${locale}`);
  return value;
}
export const optionLabel = (locale: Locale, question: string, option: string) =>
  stringAt(locale, `question.${question}.option.${option}`);
export const outcomeTitle = (locale: Locale, outcome: OutcomeId) =>
  stringAt(locale, `outcome.${outcome}.heading`);
export const h1 = (page: Page) => page.locator('h1').innerText();

/** `{{name}}` filled in, as i18next does: the expected strings come from the locale files, not from code. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/{{(\w+)}}/g, (_, name: string) => String(values[name]));
/** The title a reader should see for a question (by number) or an outcome, from the locale's templates. */
export function expectedTitle(
  locale: Locale,
  step: { question: string; number: number } | { outcome: OutcomeId },
) {
  const strings = STRINGS[locale];
  const stepTitle =
    'outcome' in step
      ? fill(strings.title.outcome, { answer: outcomeTitle(locale, step.outcome) })
      : fill(strings.title.question, {
          number: step.number,
          question: stringAt(locale, `question.${step.question}.title`),
        });
  return fill(strings.title.page, { step: stepTitle, wizard: APP[locale].wizardTeaser.heading });
}

export { en, zhCn, zhTw };
