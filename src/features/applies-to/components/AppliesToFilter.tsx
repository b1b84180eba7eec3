import { Link } from 'react-router';
import { useEffect, useRef, type FormEvent, type RefObject } from 'react';
import { NO_FILTER } from '../../../domain/applies-to';
import { filterOfQuery } from '../../../domain/url-input/filter';
import type { FilterParam } from '../../../domain/filter-params';
import { homePath } from '../../../domain/routes';
import { useStrings } from '../../../lib/i18n/use-strings';
import { EmbedModeInputs } from '../../../lib/router/embed-mode-inputs';
import { filterValues } from '../filter-values';
import { useAppliesToFilter } from '../hooks/use-applies-to-filter';
import { useValueLabel } from '../hooks/use-value-label';

/**
 * The reader says where they work: a cloud and a role. A plain GET form (it submits `?cloud=…&role=…` without
 * JavaScript); with JavaScript every change goes straight into the URL, in place.
 */
export function AppliesToFilter() {
  const { t, lang, locale } = useStrings('applies-to');
  const { filter, active, named, searchFor, setFilter } = useAppliesToFilter();
  const cloudSelect = useRef<HTMLSelectElement>(null);
  const roleSelect = useRef<HTMLSelectElement>(null);

  const form = useRef<HTMLFormElement>(null);

  // The form holds what the reader sees chosen, including a choice made before this page's script ran.
  const applyForm = (changed: HTMLFormElement | null) => {
    if (changed) setFilter(filterOfForm(changed));
  };
  // Hydration keeps a select's value as the reader left it, without telling React: apply such a choice
  // rather than let the next render undo it.
  useEffect(() => {
    if (!form.current) return;
    const chosen = filterOfForm(form.current);
    if (chosen.cloud !== filter.cloud || chosen.role !== filter.role) setFilter(chosen);
    // Once, on hydration: later changes arrive through the selects' change events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    applyForm(event.currentTarget);
  };

  return (
    <section className="applies-to-filter" aria-labelledby="applies-to-filter-heading" lang={lang}>
      <h2 id="applies-to-filter-heading">{t('filter.heading')}</h2>
      <p className="applies-to-hint">{t('filter.hint')}</p>
      <form method="get" action={homePath(locale)} onSubmit={submit} ref={form}>
        <div className="applies-to-fields">
          <FilterSelect
            param="cloud"
            label={t('filter.cloud')}
            anyLabel={t('filter.anyCloud')}
            ids={filterValues.clouds}
            value={filter.cloud}
            onChange={applyForm}
            selectRef={cloudSelect}
          />
          <FilterSelect
            param="role"
            label={t('filter.role')}
            anyLabel={t('filter.anyRole')}
            ids={filterValues.roles}
            value={filter.role}
            onChange={applyForm}
            selectRef={roleSelect}
          />
        </div>
        <EmbedModeInputs />
        <div className="applies-to-actions">
          <button type="submit" className="button">
            {t('filter.apply')}
          </button>
          {(active || named) && (
            <Link
              className="button button-secondary"
              to={{ pathname: homePath(locale), search: searchFor(NO_FILTER) }}
              replace
              // The link disappears with the filter: keep keyboard focus in the form, on its first control.
              onClick={() => cloudSelect.current?.focus()}
            >
              {t('filter.clear')}
            </Link>
          )}
        </div>
      </form>
    </section>
  );
}

function filterOfForm(form: HTMLFormElement) {
  const entries = [...new FormData(form)].flatMap(([name, value]) =>
    typeof value === 'string' ? [[name, value]] : [],
  );
  return filterOfQuery(new URLSearchParams(entries), filterValues);
}

interface FilterSelectProps {
  param: FilterParam;
  label: string;
  anyLabel: string;
  ids: readonly string[];
  /** The value shown: the URL's, or the one just chosen. */
  value: string | null;
  onChange: (form: HTMLFormElement | null) => void;
  selectRef: RefObject<HTMLSelectElement | null>;
}

/** A native select that shows the filter (the URL's, or the one just chosen and on its way there). */
function FilterSelect({ param, label, anyLabel, ids, value, onChange, selectRef }: FilterSelectProps) {
  const labelOf = useValueLabel();
  const id = `applies-to-${param}`;
  return (
    <div className="applies-to-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={param}
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.form)}
        ref={selectRef}
      >
        <option value="">{anyLabel}</option>
        {ids.map((optionId) => {
          const option = labelOf(param, optionId);
          return (
            <option key={optionId} value={optionId} lang={option.lang}>
              {option.text}
            </option>
          );
        })}
      </select>
    </div>
  );
}
