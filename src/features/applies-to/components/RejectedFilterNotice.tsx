import { useId } from 'react';
import type { RejectedParam } from '../../../domain/applies-to';
import { shorten } from '../../../domain/shorten';
import { useStrings } from '../../../lib/i18n/use-strings';
import { Slotted } from '../../../lib/i18n/slotted';

/** Says which filter values in the link were ignored, so a broken shared link is visible, not silent. */
export function RejectedFilterNotice({
  rejected,
  filterActive,
}: {
  rejected: readonly RejectedParam[];
  /** Whether valid values remain in use (then the notice says so). */
  filterActive: boolean;
}) {
  const { t, lang } = useStrings('applies-to');
  const introId = useId();
  if (rejected.length === 0) return null;
  return (
    <div className="applies-to-rejected" role="status" aria-labelledby={introId} lang={lang}>
      <p id={introId}>{t('rejected.intro')}</p>
      <ul>
        {rejected.map((entry, index) => (
          <li key={`${entry.param}-${index}`}>
            <Slotted
              template={t(`rejected.${entry.reason}.${entry.param}`, { skipInterpolation: true })}
              slots={{ value: <bdi className="applies-to-rejected-value">{shorten(entry.value)}</bdi> }}
            />
          </li>
        ))}
      </ul>
      {filterActive && <p>{t('rejected.restApplies')}</p>}
    </div>
  );
}
