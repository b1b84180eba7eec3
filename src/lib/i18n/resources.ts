/**
 * The types of the UI strings: each namespace's English file (`locales/en-us.json`) declares its keys.
 * A folder that owns strings registers its namespace beside them, in `locales/strings.d.ts`:
 *
 *     import type strings from './en-us.json';
 *     declare module '<path to>/lib/i18n/resources' {
 *       interface UiStrings { wizard: typeof strings }
 *     }
 *
 * so `t('a.key')` with a key missing from English is a type error, and `useStrings('no-such-namespace')`
 * too. Other locales are checked against English by tests/lib/i18n/keys.test.ts.
 */
// Filled by declaration merging, one namespace per folder: empty here on purpose.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface UiStrings {}

export type Namespace = keyof UiStrings & string;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: UiStrings;
    // A `defaultValue` must not hide a key that English lacks.
    strictKeyChecks: true;
  }
}
