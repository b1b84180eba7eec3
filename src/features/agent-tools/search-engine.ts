/**
 * The search engine and its index: part of the combobox's and the results page's lazy chunks (through
 * `useSentenceSearch`), loaded when the header field is focused or `/` is pressed, or the results page
 * opens, so MiniSearch and the locale's index are never part of a page's first-load JavaScript. Each
 * locale's manifest is its own chunk, fetched on first use; its shards are fetched per query.
 */
import { searchIndexLoaders } from 'virtual:search-index';
import type { LocaleId } from '../../domain/article';
import { DEFAULT_LOCALE } from '../../domain/locales';
import type { SentenceSearch } from '../../domain/search-model';
import { shardedSentenceSearch } from '../../domain/search-sharded';

const engines = new Map<LocaleId, Promise<SentenceSearch>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

export function sentenceSearchFor(locale: LocaleId): Promise<SentenceSearch> {
  let engine = engines.get(locale);
  if (!engine) {
    const load = searchIndexLoaders[locale] ?? searchIndexLoaders[DEFAULT_LOCALE];
    engine = load
      ? load().then(({ default: { manifest, base } }) =>
          shardedSentenceSearch(manifest, {
            shard: (index) => fetchJson(`${base}t${index}.json`),
            neighbours: (index) => fetchJson(`${base}n${index}.json`),
            chunk: (index) => fetchJson(`${base}d${index}.json`),
          }),
        )
      : Promise.reject(new Error(`No search index for ${locale}`));
    // A failed download may succeed on the next focus.
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}
