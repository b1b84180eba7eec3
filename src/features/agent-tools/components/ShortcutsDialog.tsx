import { useEffect, useRef } from 'react';
import { useStrings } from '../../../lib/i18n/use-strings';

const SHORTCUTS = [
  ['/', 'search'],
  ['o', 'original'],
  ['c', 'copyReply'],
  ['?', 'help'],
] as const;

/**
 * The keyboard shortcuts, opened with `?` (loaded then: no page needs it at first). A modal `<dialog>`:
 * focus moves into it, Escape or the button closes it, and focus returns to where it was.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t, lang } = useStrings('agent-tools');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // A browser without modal dialogs (and jsdom) still shows it, in the page.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => previous?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-heading"
      lang={lang}
      onClose={onClose}
    >
      <h2 id="shortcuts-heading">{t('shortcuts.heading')}</h2>
      <dl>
        {SHORTCUTS.map(([key, name]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`shortcuts.${name}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('shortcuts.notWhileTyping')}</p>
      <form method="dialog">
        <button type="submit" className="button">
          {t('shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}
