import type { StringFiles } from '../../lib/i18n/i18n';

export const articleStrings: StringFiles = {
  namespace: 'article',
  files: import.meta.glob<Record<string, unknown>>('/src/features/article/locales/*.json', {
    import: 'default',
  }),
};
