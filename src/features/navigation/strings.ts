import type { StringFiles } from '../../lib/i18n/i18n';

export const navigationStrings: StringFiles = {
  namespace: 'navigation',
  files: import.meta.glob<Record<string, unknown>>('/src/features/navigation/locales/*.json', {
    import: 'default',
  }),
};
