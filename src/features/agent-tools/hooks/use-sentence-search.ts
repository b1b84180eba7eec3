import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LocaleId } from '../../../domain/article';
import type { SearchHit, SentenceSearch } from '../../../domain/search-model';
import { sentenceSearchFor } from '../search-engine';

export type SearchState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The sentence search of a locale and its hits for `query`: `load()` (when the combobox enhances the
 * header's plain field, on its focus, on the results page) downloads the locale's manifest once; each query
 * then fetches the shards it lacks, the last hits staying shown meanwhile. The engine itself comes in this
 * hook's chunk, which only the combobox and the results page import, both lazily: a second `import()`
 * level here made the bundler split React and the locale helpers out of the entry into chunks of their
 * own, +1.8 kB gzip on every page's first load.
 */
export function useSentenceSearch(locale: LocaleId, query: string, limit: number) {
  const [engine, setEngine] = useState<SentenceSearch | null>(null);
  const [state, setState] = useState<SearchState>('idle');
  // Bumped when a query's shards arrive (or a retry starts), so it is searched again.
  const [fetched, setFetched] = useState(0);
  const load = useCallback(() => {
    setState((current) => (current === 'ready' ? current : 'loading'));
    setFetched((count) => count + 1);
    sentenceSearchFor(locale).then(
      (loaded) => {
        setEngine(loaded);
        setState('ready');
      },
      () => setState('failed'),
    );
  }, [locale]);
  const current = engine?.locale === locale ? engine : null;
  const pending = useMemo(
    () => (current && state !== 'failed' ? current.prepare(query, limit) : null),
    // `fetched` is what changed when the same query has more of its shards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, query, limit, fetched, state],
  );
  useEffect(() => {
    if (!pending) return;
    let live = true;
    pending.then(
      () => live && setFetched((count) => count + 1),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [pending]);
  // A query's first results show while its later files refine them.
  const found = useMemo(
    () => (current && (!pending || current.ready(query, limit)) ? current.search(query, limit) : null),
    [current, pending, query, limit],
  );
  const [shown, setShown] = useState<SearchHit[]>([]);
  if (found && found !== shown) setShown(found);
  return {
    hits: found ?? shown,
    state: !current
      ? state === 'ready'
        ? 'loading'
        : state
      : pending && state !== 'failed'
        ? 'loading'
        : state,
    load,
  };
}
