import type { StringFiles } from '../../lib/i18n/i18n';

export const wizardStrings: StringFiles = {
  namespace: 'wizard',
  files: import.meta.glob<Record<string, unknown>>('/src/features/wizard/locales/*.json', {
    import: 'default',
  }),
};
