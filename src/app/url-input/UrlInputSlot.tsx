import { Suspense, useEffect, useState } from 'react';
import type { UrlRoute } from '../../domain/url-input/params';
import { mayDropInput } from '../../domain/url-input/parse';
import { loadNamespace } from '../../lib/i18n/i18n';
import { useLocale } from '../../lib/locale/locale-context';
import { urlInputNotice } from '../route-table';

/**
 * Where a page's URL notice goes. Its code and strings load only for URLs that may need it, and only
 * after the page has rendered: the notice appears once they are in, so neither the first paint, nor
 * hydration (the prerendered HTML never has it), nor a navigation (a filter chosen in place) waits for it.
 * Its re-renders stay within this slot, so the page's controlled inputs are left alone.
 */
export function UrlInputSlot({ route, search, hash }: { route: UrlRoute; search: string; hash: string }) {
  const locale = useLocale();
  const needed = mayDropInput(route, search) || hash.length > 1;
  // Loaded in an effect, so never during the server's render or hydration: the first client render
  // matches the prerendered HTML. Per locale: the strings of the locale switched to load first.
  const [readyFor, setReadyFor] = useState<string | null>(null);
  const ready = readyFor === locale;
  useEffect(() => {
    if (!needed || ready) return;
    let cancelled = false;
    void Promise.all([urlInputNotice.load(), loadNamespace(locale, 'url-input')]).then(
      () => !cancelled && setReadyFor(locale),
      // Not loaded even on a second try: the page goes on without its notice.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [needed, ready, locale]);
  if (!needed || !ready) return null;
  return (
    <Suspense fallback={null}>
      <urlInputNotice.Page route={route} />
    </Suspense>
  );
}
