import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, htmlLangOf } from '../../domain/locales';
import type { LocaleId } from '../../domain/article';
import { retryOnce } from '../promise/retry-once';
import { hasFulfilled, trackSettlement } from '../promise/track-settlement';

/**
 * UI strings: one JSON file per namespace and locale, in the `locales/` folder of the folder that owns them.
 * Each owner registers its files (`strings.ts` beside its `locales/`, composed by `src/app/strings.ts`), so
 * this module knows no folder. Each file is its own lazy chunk: a page downloads only its locale's strings.
 * A locale with no file for a namespace uses English.
 */
export type ResourceLoader = () => Promise<Record<string, unknown>>;

/** A namespace's files as `import.meta.glob('/src/…/locales/*.json', { import: 'default' })` returns them. */
export interface StringFiles {
  namespace: string;
  files: Record<string, ResourceLoader>;
}

interface ResourceFile {
  /** Source path, as Vite's build manifest keys it (`src/app/locales/zh-cn.json`). */
  source: string;
  namespace: string;
  locale: LocaleId;
  load: ResourceLoader;
}

const files: ResourceFile[] = [];

/** Every registered namespace, sorted. */
export const namespaces: string[] = [];

/** Adds namespaces' files (registering a namespace again, as a dev-server reload does, replaces its files). */
export function registerStrings(...owners: readonly StringFiles[]): void {
  for (const { namespace, files: loaders } of owners) {
    for (let i = files.length - 1; i >= 0; i--) if (files[i]?.namespace === namespace) files.splice(i, 1);
    if (!namespaces.includes(namespace)) namespaces.push(namespace);
    for (const [path, load] of Object.entries(loaders)) {
      const fileName = path.split('/').at(-1) ?? '';
      files.push({
        source: path.replace(/^\//, ''),
        namespace,
        locale: fileName.replace(/\.json$/, ''),
        load,
      });
    }
  }
  namespaces.sort();
}

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
