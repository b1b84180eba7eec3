/**
 * The search engine and its index: part of the combobox's and the results page's lazy chunks (through
 * `useSentenceSearch`), loaded when the header field is focused or `/` is pressed, or the results page
 * opens, so MiniSearch and the locale's index are never part of a page's first-load JavaScript. Each
 * locale's index is its own chunk, fetched on first use.
 */
import { searchIndexLoaders } from 'virtual:search-index';
import type { LocaleId } from '../../domain/article';
import { DEFAULT_LOCALE } from '../../domain/locales';
import { loadSearchIndex, type SentenceSearch } from '../../domain/search';

const engines = new Map<LocaleId, Promise<SentenceSearch>>();

export function sentenceSearchFor(locale: LocaleId): Promise<SentenceSearch> {
  let engine = engines.get(locale);
  if (!engine) {
    const load = searchIndexLoaders[locale] ?? searchIndexLoaders[DEFAULT_LOCALE];
    engine = load
      ? load().then((module) => loadSearchIndex(module.default))
      : Promise.reject(new Error(`No search index for ${locale}`));
    // A failed download may succeed on the next focus.
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}
