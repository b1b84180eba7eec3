import { useId, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { shorten } from '../../domain/shorten';
import type { UrlRoute } from '../../domain/url-input/params';
import { parseUrlInput } from '../../domain/url-input/parse';
import { routeCheckOf } from '../../domain/url-input/route-checks';
import { filterValues } from '../../features/applies-to/filter-values';
import { Slotted } from '../../lib/i18n/slotted';
import { useStrings } from '../../lib/i18n/use-strings';

const unsubscribe = () => () => {};

/**
 * The fragment, once the page has hydrated: the prerendered HTML never knows it (servers do not receive
 * it), so a notice about it must not be part of what hydration compares.
 */
export function useHydratedHash(hash: string): string {
  return useSyncExternalStore(
    unsubscribe,
    () => hash,
    () => '',
  );
}

/**
 * The one notice of a page about its URL (docs/urls.md, "Bad input"): what the URL parser dropped, each value
 * shown back as text only (cut to 40 characters, isolated with `<bdi>`), and what the page does instead.
 * The app renders it above every page whose URL may need it (route-table.tsx, `urlInputNotice`).
 */
export function UrlInputNotice({ route }: { route: UrlRoute }) {
  const { t, lang } = useStrings('url-input');
  const location = useLocation();
  const hash = useHydratedHash(location.hash);
  const introId = useId();
  const { params, dropped, asksAgain } = parseUrlInput(
    route,
    { search: location.search, hash },
    filterValues,
    routeCheckOf(route),
  );
  if (dropped.length === 0) return null;
  return (
    <div className="url-input-notice" role="status" aria-labelledby={introId} lang={lang}>
      <p id={introId}>{t('intro')}</p>
      <ul>
        {dropped.map((entry, index) => (
          <li key={`${entry.param}-${index}`}>
            <Slotted
              template={t(`reason.${entry.reason}`, { skipInterpolation: true })}
              slots={{
                param: entry.param === '#' ? '' : t(`param.${entry.param}`),
                value: <bdi className="url-input-notice-value">{shorten(entry.value)}</bdi>,
              }}
            />
          </li>
        ))}
      </ul>
      {asksAgain ? <p>{t('asksAgain')}</p> : Object.keys(params).length > 0 && <p>{t('kept')}</p>}
    </div>
  );
}
