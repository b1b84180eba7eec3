import type { InvalidAnswer } from '../../../domain/decision/who-contacts';
import { useStrings } from '../../../lib/i18n/use-strings';

/** Values from the URL are shown as text only, and cut short: they can be anything a link contained. */
const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Says which answers in the link were ignored, so a broken deep link is visible rather than silent. */
export function IgnoredAnswersNotice({ ignored }: { ignored: readonly InvalidAnswer[] }) {
  const { t } = useStrings('wizard');
  if (ignored.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>{t('ignored.intro')}</p>
      <ul>
        {ignored.map((entry) => (
          <li key={entry.question}>
            {t(`ignored.${entry.reason}`, {
              question: t(`question.${entry.question}.short`),
              value: shorten(entry.value),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
