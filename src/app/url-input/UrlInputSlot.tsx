import { useEffect, useState, useSyncExternalStore } from 'react';
import { mayDropInput } from '../../domain/url-input/parse';
import { loadNamespace } from '../../lib/i18n/i18n';
import { useLocale } from '../../lib/locale/locale-context';
import { urlInputNotice } from '../route-table';

const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

/**
 * Where a page's URL notice goes. Its code and strings are loaded before the page renders for URLs that may
 * need them (route-table.tsx `needsOf`); for others (a fragment, only known in the browser; a filter chosen
 * in place) they are loaded here first and the notice rendered once they are in, so a navigation never
 * waits on them and hydration never sees what the prerendered HTML lacks. Re-renders stay within this slot.
 */
export function UrlInputSlot({ route, search, hash }: { route: string; search: string; hash: string }) {
  const locale = useLocale();
  const hydrated = useSyncExternalStore(noSubscription, isClient, isServer);
  const needed = mayDropInput(route, search) || (hydrated && hash.length > 1);
  const [ready, setReady] = useState(urlInputNotice.isLoaded());
  useEffect(() => {
    if (!needed || ready) return;
    let cancelled = false;
    void Promise.all([urlInputNotice.load(), loadNamespace(locale, 'url-input')]).then(
      () => !cancelled && setReady(true),
      // Not loaded even on a second try: the page goes on without its notice.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [needed, ready, locale]);
  if (!needed || !ready) return null;
  return <urlInputNotice.Page route={route} />;
}
