import { useEffect, useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../domain/search';
import { useStrings } from '../../../lib/i18n/use-strings';
import { searchPath } from '../../../domain/routes';
import { useSentenceSearch } from '../hooks/use-sentence-search';
import { SearchHitView } from './SearchHitView';
import '../agent-tools.css';

/** Enough to choose from while typing; the results page lists the rest. */
const POPUP_HITS = 6;
/** A matched sentence of another language, cut around its match: about one line of the list. */
const POPUP_EXCERPT = 90;

export interface SearchBoxProps {
  /** The page shell's handle on the field (its `/` shortcut focuses whichever field is there). */
  inputRef: RefObject<HTMLInputElement | null>;
  fieldId: string;
  /** What was typed into the plain field while this code loaded. */
  initialQuery?: string;
  /** The plain field had focus: the combobox takes it over, caret at the end. */
  focusOnMount?: boolean;
}

/**
 * The header's search field once focused, a WAI-ARIA combobox (list autocomplete): results appear as the
 * agent types; ↓/↑ move through them, Enter opens the active one (or, with none active, the results page),
 * Escape closes the list. It replaces `SiteSearch`'s plain GET form, which is what pages load first.
 */
export function SearchBox({ inputRef, fieldId, initialQuery = '', focusOnMount = false }: SearchBoxProps) {
  const { t, lang, locale } = useStrings('agent-tools');
  const app = useStrings('app');
  const navigate = useNavigate();
  const { search, state, load } = useSentenceSearch(locale);
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(focusOnMount);
  const [active, setActive] = useState(-1);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const hits = useMemo(() => (search ? search(query, POPUP_HITS) : []), [search, query]);
  const typed = query.trim() !== '';
  const expanded = open && typed && hits.length > 0;
  // A failed load stays said, with its retry, when focus moves to that button.
  const failed = state === 'failed' && typed;

  useEffect(() => {
    load();
    const input = inputRef.current;
    if (focusOnMount && input) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
    // Once, when the combobox replaces the plain field.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Arrow keys move through the list while focus stays in the field: keep the active option on screen
  // (`?.()`: jsdom has no scrollIntoView).
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // optionId derives from useId, stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

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
    <form
      role="search"
      className="site-search"
      action={searchPath(locale)}
      method="get"
      lang={app.lang}
      onSubmit={(event) => {
        event.preventDefault();
        setOpen(false);
        void navigate(searchPath(locale, query));
      }}
    >
      <label className="visually-hidden" htmlFor={fieldId}>
        {app.t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={fieldId}
        type="search"
        name="q"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        enterKeyHint="search"
        placeholder={app.t('search.placeholder')}
        value={query}
        onFocus={() => {
          load();
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
        {app.t('search.submit')}
      </button>
      <div className="search-popup" hidden={!((open && typed) || failed)}>
        <ul id={listId} role="listbox" aria-label={t('search.resultsLabel')} hidden={!expanded}>
          {hits.map((hit, index) => (
            <li
              key={index}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="search-option"
              // Keeps focus in the field, so the list does not close before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => openHit(hit)}
            >
              <SearchHitView hit={hit} locale={locale} t={t} uiLang={lang} excerptLength={POPUP_EXCERPT} />
            </li>
          ))}
        </ul>
        {state === 'loading' && <p className="search-popup-note">{t('search.loading')}</p>}
        {failed && (
          <p className="search-popup-note">
            {t('search.loadFailed')}{' '}
            <button
              type="button"
              className="button"
              // Keeps focus in the field while clicked; from the keyboard, focus returns to it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                load();
                inputRef.current?.focus();
              }}
            >
              {t('search.retry')}
            </button>
          </p>
        )}
        {state === 'ready' && hits.length === 0 && (
          <p className="search-popup-note">
            {t('search.empty', { query })} {t('search.emptyHint')}
          </p>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {failed
          ? t('search.loadFailed')
          : open && typed && state === 'ready'
            ? hits.length > 0
              ? t('search.count', { count: hits.length })
              : t('search.empty', { query })
            : ''}
      </p>
    </form>
  );
}
