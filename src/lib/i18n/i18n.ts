import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, htmlLangOf } from '../../domain/locales';
import type { LocaleId } from '../../domain/article';
import { trackSettlement } from '../promise/track-settlement';

/**
 * UI strings: one JSON file per namespace and locale, `src/app/locales/<locale>.json` (namespace `app`) and
 * `src/features/<feature>/locales/<locale>.json` (namespace `<feature>`). Each file is its own lazy chunk,
 * so a page downloads only its locale's strings. A locale with no file for a namespace uses English.
 */
type ResourceLoader = () => Promise<Record<string, unknown>>;

const resourceFiles = import.meta.glob<Record<string, unknown>>(
  ['/src/app/locales/*.json', '/src/features/*/locales/*.json'],
  { import: 'default' },
);

interface ResourceFile {
  namespace: string;
  locale: LocaleId;
  load: ResourceLoader;
}

const files: ResourceFile[] = Object.entries(resourceFiles).map(([file, load]) => {
  const match = /\/(?:app|features\/([^/]+))\/locales\/([^/]+)\.json$/.exec(file);
  return { namespace: match?.[1] ?? 'app', locale: match?.[2] ?? DEFAULT_LOCALE, load };
});

export const namespaces: readonly string[] = [...new Set(files.map((file) => file.namespace))].sort();

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  lowerCaseLng: true,
  ns: namespaces,
  defaultNS: 'app',
  resources: {},
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
  initAsync: false,
});

/** True when the locale has its own strings for the namespace (otherwise English is shown). */
export function hasOwnStrings(locale: LocaleId, namespace: string): boolean {
  return files.some((file) => file.locale === locale && file.namespace === namespace);
}

/** The `lang` of the UI strings shown for a locale and namespace: the locale's own, or English. */
export function uiLangOf(locale: LocaleId, namespace: string): string {
  return htmlLangOf(hasOwnStrings(locale, namespace) ? locale : DEFAULT_LOCALE);
}

const loading = new Map<LocaleId, Promise<void>>();

/** Loads every namespace for a locale (English for the namespaces it lacks) into the i18n instance. */
export function loadLocaleStrings(locale: LocaleId): Promise<void> {
  const existing = loading.get(locale);
  if (existing) return existing;
  const wanted = namespaces.map(
    (namespace) =>
      files.find((file) => file.locale === locale && file.namespace === namespace) ??
      files.find((file) => file.locale === DEFAULT_LOCALE && file.namespace === namespace),
  );
  const promise = trackSettlement(
    Promise.all(
      wanted.map(async (file) => {
        if (!file) return;
        const strings = await file.load();
        i18n.addResourceBundle(file.locale, file.namespace, strings, true, true);
      }),
    ).then(() => undefined),
  );
  loading.set(locale, promise);
  return promise;
}
