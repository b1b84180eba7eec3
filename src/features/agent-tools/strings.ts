import type { StringFiles } from '../../lib/i18n/i18n';

export const agentToolsStrings: StringFiles = {
  namespace: 'agent-tools',
  files: import.meta.glob<Record<string, unknown>>('/src/features/agent-tools/locales/*.json', {
    import: 'default',
  }),
};
