import { agentToolsStrings } from '../features/agent-tools/strings';
import { appliesToStrings } from '../features/applies-to/strings';
import { articleStrings } from '../features/article/strings';
import { localeSwitcherStrings } from '../features/locale-switcher/strings';
import { wizardStrings } from '../features/wizard/strings';
import { registerStrings, type StringFiles } from '../lib/i18n/i18n';

/** The page shell's strings (`app`), the route pages' (`routes`) and the URL notice's (`url-input`). */
const appStrings: StringFiles = {
  namespace: 'app',
  files: import.meta.glob<Record<string, unknown>>('/src/app/locales/*.json', { import: 'default' }),
};
const urlInputStrings: StringFiles = {
  namespace: 'url-input',
  files: import.meta.glob<Record<string, unknown>>('/src/app/url-input/locales/*.json', {
    import: 'default',
  }),
};
const routeStrings: StringFiles = {
  namespace: 'routes',
  files: import.meta.glob<Record<string, unknown>>('/src/app/routes/locales/*.json', { import: 'default' }),
};

// Imported for its effect by boot.ts, before anything loads strings: each folder that owns strings is named
// here once, as route-table.tsx names each page once.
registerStrings(
  appStrings,
  routeStrings,
  urlInputStrings,
  agentToolsStrings,
  appliesToStrings,
  articleStrings,
  localeSwitcherStrings,
  wizardStrings,
);
