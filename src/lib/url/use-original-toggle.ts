import { useCallback, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import { ORIGINAL_PARAM, withOriginal } from '../../domain/original-param';
import { parseUrlInput } from '../../domain/url-input/parse';
import { useShortcut } from '../keyboard/use-shortcut';

const noSubscription = () => () => {};

/**
 * "Show English original", shared by the article and the wizard's outcomes: on while the URL
 * has `?original=1` (so a shared link shows it too), toggled by its button and by `o`. The prerendered
 * HTML of a page is the one without the parameter (the server serves it for any query it has no page
 * for), so the first render, the one that hydrates it, shows no originals; the next shows them.
 */
export function useOriginalToggle(route: 'article' | 'wizard', enabled: boolean) {
  const [params, setParams] = useSearchParams();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const showOriginal =
    enabled && hydrated && parseUrlInput(route, { search: params }).params.original === '1';

  const toggleOriginal = useCallback(() => {
    setParams((current) => withOriginal(current, current.get(ORIGINAL_PARAM) !== '1'), {
      replace: true,
      preventScrollReset: true,
    });
  }, [setParams]);
  useShortcut('o', toggleOriginal, enabled);

  return { showOriginal, toggleOriginal };
}
