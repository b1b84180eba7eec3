import { useCallback, useState } from 'react';
import type { LocaleId } from '../../../domain/article';
import type { SentenceSearch } from '../../../domain/search';
import { sentenceSearchFor } from '../search-engine';

export type SearchState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The sentence search of a locale: `load()` (when the combobox enhances the header's plain field, on its
 * focus, on the results page) downloads the locale's index once; until then `search` is null. The engine
 * itself comes in this hook's chunk, which only the combobox and the results page import, both lazily: a
 * second `import()` level here made the bundler split React and the locale helpers out of the entry into
 * chunks of their own, +1.8 kB gzip on every page's first load.
 */
export function useSentenceSearch(locale: LocaleId) {
  const [engine, setEngine] = useState<SentenceSearch | null>(null);
  const [state, setState] = useState<SearchState>('idle');
  const load = useCallback(() => {
    setState((current) => (current === 'ready' ? current : 'loading'));
    sentenceSearchFor(locale).then(
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
