import { useEffect, useEffectEvent, useId, useLayoutEffect, useState, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../domain/search-model';
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
  /** The header's plain field, which this turns into the combobox: the same element, never replaced. */
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The header's search field once focused, a WAI-ARIA combobox (list autocomplete): results appear as the
 * agent types; ↓/↑ move through them, Enter opens the active one (or, with none active, the results page),
 * Escape closes the list. It enhances `SiteSearch`'s plain field in place, inside its GET form: it renders
 * the list and reads the field's live value, so what was typed, the caret and an input method's composition
 * all stay as the agent left them when this code arrives.
 */
export function SearchBox({ inputRef }: SearchBoxProps) {
  const { t, lang, locale } = useStrings('agent-tools');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const { hits, state, load } = useSentenceSearch(locale, query, POPUP_HITS);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const typed = query.trim() !== '';
  const expanded = open && typed && hits.length > 0;
  // A failed load stays said, with its retry, when focus moves to that button.
  const failed = state === 'failed' && typed;

  const openHit = (hit: SearchHit) => {
    setOpen(false);
    setActive(-1);
    void navigate(hit.href);
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // An input method's Enter or arrow keys choose its candidates, not results.
    if (event.isComposing) return;
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
  });
  const onSubmit = useEffectEvent((event: SubmitEvent) => {
    event.preventDefault();
    setOpen(false);
    void navigate(searchPath(locale, inputRef.current?.value ?? ''));
  });

  // Layout effects: they run before the browser handles the next key, so none is missed in between.
  useLayoutEffect(() => {
    const input = inputRef.current;
    const form = input?.form;
    if (!input || !form) return;
    const onInput = () => {
      setQuery(input.value);
      setOpen(true);
      setActive(-1);
    };
    const onFocus = () => {
      load();
      setOpen(true);
    };
    const onBlur = () => setOpen(false);
    // What was typed before this code arrived, read from the field itself at this moment.
    setQuery(input.value);
    setOpen(input === document.activeElement);
    load();
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-autocomplete', 'list');
    input.addEventListener('input', onInput);
    input.addEventListener('focus', onFocus);
    input.addEventListener('blur', onBlur);
    input.addEventListener('keydown', onKeyDown);
    form.addEventListener('submit', onSubmit);
    return () => {
      for (const name of [
        'role',
        'aria-controls',
        'aria-autocomplete',
        'aria-expanded',
        'aria-activedescendant',
      ])
        input.removeAttribute(name);
      input.removeEventListener('input', onInput);
      input.removeEventListener('focus', onFocus);
      input.removeEventListener('blur', onBlur);
      input.removeEventListener('keydown', onKeyDown);
      form.removeEventListener('submit', onSubmit);
    };
  }, [inputRef, listId, load]);

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.setAttribute('aria-expanded', String(expanded));
    if (expanded && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
  });

  // Arrow keys move through the list while focus stays in the field: keep the active option on screen
  // (`?.()`: jsdom has no scrollIntoView).
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // optionId derives from useId, stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  return (
    <>
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
    </>
  );
}
