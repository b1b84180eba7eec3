import type { IgnoredParameter } from '../../../domain/decision/evaluate';
import { CHANGE_PARAM } from '../../../domain/decision/evaluate';
import { shorten } from '../../../domain/shorten';
import { useStrings } from '../../../lib/i18n/use-strings';

/**
 * Says which parts of the link were ignored, so a broken deep link is visible rather than silent. The
 * introduction says what the page does with them: ask again (a question) or nothing (an outcome).
 */
export function IgnoredAnswersNotice({
  ignored,
  atOutcome,
}: {
  ignored: readonly IgnoredParameter[];
  atOutcome: boolean;
}) {
  const { t } = useStrings('wizard');
  if (ignored.length === 0) return null;
  const asksAgain = !atOutcome && ignored.some((entry) => entry.parameter !== CHANGE_PARAM);
  return (
    <div className="notice notice-warning" role="status">
      <p>{asksAgain ? t('ignored.askAgain') : t('ignored.notUsed')}</p>
      <ul>
        {ignored.map((entry) => (
          <li key={entry.parameter}>
            {entry.parameter === CHANGE_PARAM
              ? t(`ignored.${entry.reason}`, { value: shorten(entry.value), question: '' })
              : t(`ignored.${entry.reason}`, {
                  question: t(`question.${entry.parameter}.short`),
                  value: shorten(entry.value),
                })}
          </li>
        ))}
      </ul>
    </div>
  );
}
