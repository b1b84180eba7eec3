import { lazy, Suspense, useRef, useState } from 'react';
import { searchIndexLoaders } from 'virtual:search-index';
import { searchPath } from '../../../domain/routes';
import { loadNamespace } from '../../../lib/i18n/i18n';
import { useStrings } from '../../../lib/i18n/use-strings';
import { useShortcut } from '../../../lib/keyboard/use-shortcut';
import './site-search.css';

type SearchBoxModule = typeof import('./SearchBox');

const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((module) => ({ default: module.ShortcutsDialog })),
);

/** The field's id, for its label. */
const FIELD_ID = 'site-search-q';

/**
 * The header's search field as every page's first load has it: a labelled `<input type="search">` in a
 * GET form to `/<locale>/search`, which works without JavaScript. Focusing it (or pressing `/`) loads the
 * combobox (`SearchBox`), the engine and the locale's index, and the combobox enhances the field in place
 * (a replacement lost the keys typed during the swap). Kept this small because it is on every page: the combobox code, its strings
 * and the engine measured 3.5 kB gzip of first-load JavaScript when they were loaded up front.
 */
export function SiteSearch() {
  const { t, lang, locale } = useStrings('app');
  const inputRef = useRef<HTMLInputElement>(null);
  const [SearchBox, setSearchBox] = useState<SearchBoxModule['SearchBox']>();
  const [helpOpen, setHelpOpen] = useState(false);

  useShortcut('/', (event) => {
    event.preventDefault();
    inputRef.current?.focus();
  });
  useShortcut('?', () => setHelpOpen(true));

  const enhance = () => {
    if (SearchBox) return;
    // With its strings, so that the combobox renders at once instead of suspending the header, and the
    // locale's index, which then downloads beside the code rather than after it. (Importing the index
    // loaders here also keeps them in the entry chunk: in the combobox's lazy chunk, their `import()`s
    // made the bundler split React and the locale helpers out of the entry, +1.8 kB gzip on every page.)
    void searchIndexLoaders[locale]?.().catch(() => undefined);
    void Promise.all([import('./SearchBox'), loadNamespace(locale, 'agent-tools')]).then(([module]) =>
      setSearchBox(() => module.SearchBox),
    );
  };

  return (
    <>
      <form role="search" className="site-search" action={searchPath(locale)} method="get" lang={lang}>
        <label className="visually-hidden" htmlFor={FIELD_ID}>
          {t('search.label')}
        </label>
        {/* Uncontrolled, and the same element before and after the combobox arrives: keys, caret and an
            input method's composition typed while its code loads stay in the field the agent types into. */}
        <input
          ref={inputRef}
          id={FIELD_ID}
          type="search"
          name="q"
          autoComplete="off"
          enterKeyHint="search"
          placeholder={t('search.placeholder')}
          onFocus={enhance}
        />
        <button type="submit" className="site-search-submit">
          {t('search.submit')}
        </button>
        {SearchBox && <SearchBox inputRef={inputRef} />}
      </form>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
