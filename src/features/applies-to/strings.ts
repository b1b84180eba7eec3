import type { StringFiles } from '../../lib/i18n/i18n';

export const appliesToStrings: StringFiles = {
  namespace: 'applies-to',
  files: import.meta.glob<Record<string, unknown>>('/src/features/applies-to/locales/*.json', {
    import: 'default',
  }),
};
