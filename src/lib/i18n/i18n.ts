import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, htmlLangOf } from '../../domain/locales';
import type { LocaleId } from '../../domain/article';
import { retryOnce } from '../promise/retry-once';
import { hasFulfilled, trackSettlement } from '../promise/track-settlement';

/**
 * UI strings: one JSON file per namespace and locale: `src/app/locales/<locale>.json` (namespace `app`, the
 * page shell), `src/app/<folder>/locales/<locale>.json` (namespace `<folder>`) and
 * `src/features/<feature>/locales/<locale>.json` (namespace `<feature>`). Each file is its own lazy chunk,
 * so a page downloads only its locale's strings. A locale with no file for a namespace uses English.
 */
type ResourceLoader = () => Promise<Record<string, unknown>>;

const resourceFiles = import.meta.glob<Record<string, unknown>>(
  ['/src/app/locales/*.json', '/src/app/*/locales/*.json', '/src/features/*/locales/*.json'],
  { import: 'default' },
);

interface ResourceFile {
  /** Source path, as Vite's build manifest keys it (`src/app/locales/zh-cn.json`). */
  source: string;
  namespace: string;
  locale: LocaleId;
  load: ResourceLoader;
}

/** A file's namespace is the folder that owns its `locales/` folder: `app`, `routes`, `wizard`, … */
const files: ResourceFile[] = Object.entries(resourceFiles).map(([file, load]) => {
  const parts = file.split('/');
  const fileName = parts.at(-1) ?? '';
  return {
    source: file.slice(1),
    namespace: parts.at(-3) ?? 'app',
    locale: fileName.replace(/\.json$/, ''),
    load,
  };
});

export const namespaces: readonly string[] = [...new Set(files.map((file) => file.namespace))].sort();

/** Keys i18next found in no resource (it then returns the key itself), since `takeMissingKeys()`. */
const missing = new Set<string>();

/** The missing keys looked up since the last call: the prerender fails a page that shows one. */
export function takeMissingKeys(): string[] {
  const keys = [...missing].sort();
  missing.clear();
  return keys;
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  // When prerendering, reports lookups that found nothing in the locale nor in English (no backend:
  // nothing is sent); the browser build leaves this out.
  ...(import.meta.env.SSR && {
    saveMissing: true,
    missingKeyHandler: (_languages: readonly string[], _namespace: string, key: string) => {
      if (missing.size < 100) missing.add(key);
    },
  }),
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

const loading = new Map<string, Promise<void>>();

/** The JSON file that serves a namespace in a locale: the locale's own, else English. */
function fileFor(locale: LocaleId, namespace: string): ResourceFile | undefined {
  return (
    files.find((file) => file.locale === locale && file.namespace === namespace) ??
    files.find((file) => file.locale === DEFAULT_LOCALE && file.namespace === namespace)
  );
}

/** Namespaces rendered since the last `takeUsedNamespaces()`: prerendering preloads exactly these. */
const used = new Set<string>();

export function takeUsedNamespaces(): string[] {
  const names = [...used].sort();
  used.clear();
  return names;
}

/** Source paths of the string files for these namespaces (keys of Vite's build manifest). */
export function stringFilesOf(locale: LocaleId, names: readonly string[]): string[] {
  return names.flatMap((namespace) => fileFor(locale, namespace)?.source ?? []);
}

/** Loads one namespace's strings for a locale (English when the locale has none) into the i18n instance. */
export function loadNamespace(locale: LocaleId, namespace: string): Promise<void> {
  used.add(namespace);
  const key = `${locale}/${namespace}`;
  const existing = loading.get(key);
  if (existing) return existing;
  const file = fileFor(locale, namespace);
  const promise = trackSettlement(
    file
      ? retryOnce(file.load).then((strings) => {
          i18n.addResourceBundle(file.locale, file.namespace, strings, true, true);
        })
      : Promise.resolve(),
  );
  loading.set(key, promise);
  // Strings that failed to arrive are fetched again by the next caller.
  promise.catch(() => loading.delete(key));
  return promise;
}

/** Loads several namespaces (by default every one) for a locale. */
export function loadLocaleStrings(locale: LocaleId, names: readonly string[] = namespaces): Promise<void> {
  return Promise.all(names.map((namespace) => loadNamespace(locale, namespace))).then(() => undefined);
}

/** The namespaces loaded (or loading) for a locale: what the pages seen so far needed. */
export function loadedNamespacesOf(locale: LocaleId): string[] {
  return [...loading.keys()].flatMap((key) => {
    const [keyLocale, namespace] = key.split('/');
    return keyLocale === locale && namespace ? [namespace] : [];
  });
}

/** True when these namespaces' strings are loaded for the locale: a page using only them renders at once. */
export function hasNamespaces(locale: LocaleId, names: readonly string[]): boolean {
  return names.every((namespace) => hasFulfilled(loading.get(`${locale}/${namespace}`)));
}
