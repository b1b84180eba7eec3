import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { prefetchLocale } from '../lib/locale/prefetch-locale';
import { whenIdle } from '../lib/scheduling/when-idle';
import { knownLocales } from './known-locales';
import { renderLocaleOf } from './boot';

/** Each page waits this long for an idle moment before it fetches its other locales. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Once the page is idle, fetches the strings and articles it has needed in each of its other locales (a
 * few kilobytes each): a locale switch then waits for nothing from the network. Pointing at or focusing a
 * language link fetches that one at once (LocaleSwitcher). Visitors who asked to save data get none of it.
 */
export function PrefetchOtherLocales() {
  const { pathname } = useLocation();
  useEffect(() => {
    if (savesData()) return;
    const locale = renderLocaleOf(pathname);
    return whenIdle(() => {
      for (const other of knownLocales) if (other !== locale) prefetchLocale(locale, other);
    }, IDLE_TIMEOUT_MS);
  }, [pathname]);
  return null;
}

function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}
