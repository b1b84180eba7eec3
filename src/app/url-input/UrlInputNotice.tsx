import { useId } from 'react';
import { useLocation } from 'react-router';
import { shorten } from '../../domain/shorten';
import { parseUrlInput } from '../../domain/url-input/parse';
import { filterValues } from '../../features/applies-to/filter-values';
import { Slotted } from '../../lib/i18n/slotted';
import { useStrings } from '../../lib/i18n/use-strings';

/**
 * The one notice of a page about its URL (README, "URL input"): what the URL parser dropped, each value
 * shown back as text only (cut to 40 characters, isolated with `<bdi>`), and what the page does instead.
 * Rendered above every page, so a broken shared link is visible, never silent and never blank.
 */
export function UrlInputNotice({ route }: { route: string }) {
  const { t, lang } = useStrings('url-input');
  const { search, hash } = useLocation();
  const introId = useId();
  const { params, dropped, asksAgain } = parseUrlInput(route, { search, hash }, filterValues);
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
