import { useCallback, useState } from 'react';
import type { LocaleId } from '../../../domain/article';
import type { SentenceSearch } from '../../../domain/search';

export type SearchState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The sentence search of a locale, loaded on demand: `load()` (on focus, on `/`, on the results page)
 * downloads the engine and the locale's index once; until then `search` is null.
 */
export function useSentenceSearch(locale: LocaleId) {
  const [engine, setEngine] = useState<SentenceSearch | null>(null);
  const [state, setState] = useState<SearchState>('idle');
  const load = useCallback(() => {
    setState((current) => (current === 'ready' ? current : 'loading'));
    import('../search-engine')
      .then((module) => module.sentenceSearchFor(locale))
      .then(
        (loaded) => {
          setEngine(loaded);
          setState('ready');
        },
        () => setState('failed'),
      );
  }, [locale]);
  const current = engine?.locale === locale ? engine : null;
  return {
    search: current ? current.search : null,
    state: current ? state : state === 'ready' ? 'loading' : state,
    load,
  };
}
