import type { StringFiles } from '../../lib/i18n/i18n';

export const localeSwitcherStrings: StringFiles = {
  namespace: 'locale-switcher',
  files: import.meta.glob<Record<string, unknown>>('/src/features/locale-switcher/locales/*.json', {
    import: 'default',
  }),
};
