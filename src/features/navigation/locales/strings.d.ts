import type strings from './en-us.json';

declare module '../../../lib/i18n/resources' {
  interface UiStrings {
    navigation: typeof strings;
  }
}
