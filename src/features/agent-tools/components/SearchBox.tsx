import { lazy, Suspense, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../domain/search';
import { useStrings } from '../../../lib/i18n/use-strings';
import { searchPath } from '../../../domain/routes';
import { useSentenceSearch } from '../hooks/use-sentence-search';
import { useShortcut } from '../../../lib/keyboard/use-shortcut';
import '../agent-tools.css';

/** How a result reads: loaded with the engine on focus, so it is not part of every page's first load. */
const loadHitView = () => import('./SearchHitView');
type HitViewModule = Awaited<ReturnType<typeof loadHitView>>;

const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((module) => ({ default: module.ShortcutsDialog })),
);

/** Enough to choose from while typing; the results page lists the rest. */
const POPUP_HITS = 6;

/**
 * The header's search field, a WAI-ARIA combobox (list autocomplete): results appear as the agent types;
 * ↓/↑ move through them, Enter opens the active one (or, with none active, the results page), Escape
 * closes the list. Without JavaScript it is a plain GET form to the results page. The engine and the
 * locale's index load on focus or `/`, never before.
 */
export function SearchBox() {
  const { t, lang, locale } = useStrings('agent-tools');
  const navigate = useNavigate();
  const { search, state, load } = useSentenceSearch(locale);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const [view, setView] = useState<HitViewModule | null>(null);
  const searchState = view ? state : state === 'failed' ? state : 'loading';
  const hits = useMemo(
    () => (search && view ? search(query).slice(0, POPUP_HITS) : []),
    [search, view, query],
  );
  const typed = query.trim() !== '';
  const expanded = open && typed && hits.length > 0;

  const [helpOpen, setHelpOpen] = useState(false);
  useShortcut('?', () => setHelpOpen(true));
  useShortcut('/', (event) => {
    event.preventDefault();
    inputRef.current?.focus();
  });

  const openHit = (hit: SearchHit) => {
    setOpen(false);
    setActive(-1);
    void navigate(hit.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (hits.length === 0) return;
        event.preventDefault();
        setOpen(true);
        const last = hits.length - 1;
        setActive((current) =>
          event.key === 'ArrowDown' ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1,
        );
        return;
      }
      case 'Enter': {
        const hit = expanded ? hits[active] : undefined;
        if (hit) {
          event.preventDefault();
          openHit(hit);
        }
        return;
      }
      case 'Escape':
        if (open && typed) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        return;
    }
  };

  return (
    <>
      <form
        role="search"
        className="site-search"
        action={searchPath(locale)}
        method="get"
        lang={lang}
        onSubmit={(event) => {
          event.preventDefault();
          setOpen(false);
          void navigate(searchPath(locale, query));
        }}
      >
        <label className="visually-hidden" htmlFor={`${id}-input`}>
          {t('search.label')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          name="q"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={t('search.placeholder')}
          value={query}
          onFocus={() => {
            load();
            if (!view) void loadHitView().then(setView);
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="site-search-submit">
          {t('search.submit')}
        </button>
        <div className="search-popup" hidden={!(open && typed)}>
          <ul id={listId} role="listbox" aria-label={t('search.resultsLabel')} hidden={!expanded}>
            {hits.map((hit, index) => (
              <li
                key={hit.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="search-option"
                // Keeps focus in the field, so the list does not close before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => openHit(hit)}
              >
                {view && <view.SearchHitView hit={hit} locale={locale} t={t} uiLang={lang} />}
              </li>
            ))}
          </ul>
          {searchState === 'loading' && <p className="search-popup-note">{t('search.loading')}</p>}
          {searchState === 'ready' && hits.length === 0 && (
            <p className="search-popup-note">
              {t('search.empty', { query })} {t('search.emptyHint')}
            </p>
          )}
        </div>
        <p className="visually-hidden" aria-live="polite">
          {open && typed && searchState === 'ready'
            ? hits.length > 0
              ? t('search.count', { count: hits.length })
              : t('search.empty', { query })
            : ''}
        </p>
      </form>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
