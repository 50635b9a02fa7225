import { foldText } from '@weefsel/graph-schema';
import { useId, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../../api/network.api';
import type { ActorSummary } from '../../api/network.types';
import { ActorOptions } from '../../components/actor-options';
import { useI18n } from '../../i18n/i18n-context';
import { useAsync } from '../../components/use-async';
import { useDebouncedValue } from '../../components/use-debounced-value';

export interface PartnerPickerProps {
  id: string;
  label: string;
  /** Problems of this field, already in the UI language. */
  errors: string[] | undefined;
  value: ActorSummary | null;
  onChange: (actor: ActorSummary | null) => void;
  /** Actors on the map: offered before anything is typed, and found first. */
  nearby: readonly ActorSummary[];
  /** The other end of the relation, never offered. */
  excludeId: string;
  disabled?: boolean;
}

/** Actors on the map whose name holds the text, then the store's search results not among them. */
function options(text: string, nearby: readonly ActorSummary[], found: readonly ActorSummary[], excludeId: string): ActorSummary[] {
  const folded = foldText(text);
  const local = nearby.filter((actor) => folded === '' || foldText(actor.name).includes(folded));
  const seen = new Set(local.map((actor) => actor.id));
  return [...local, ...found.filter((actor) => !seen.has(actor.id))].filter((actor) => actor.id !== excludeId).slice(0, 12);
}

/**
 * The other end of a relation, chosen from the whole store: typing two letters searches every actor
 * (the API's `search`), not only those on the map. A combobox (WAI-ARIA listbox popup) like the
 * search box; its problems are read out with it.
 */
export function PartnerPicker({ id, label, errors, value, onChange, nearby, excludeId, disabled }: PartnerPickerProps) {
  const { t } = useI18n();
  const listId = `${useId()}-partners`;
  const errorId = `${id}-error`;
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebouncedValue(text.trim(), 200);
  const searched = useAsync(query.length >= 2 ? `partners:${query}` : null, (signal) => searchActors(query, signal));
  const found = searched.status === 'ready' ? searched.data : [];
  const items = options(value && text === value.name ? '' : text.trim(), nearby, query.length >= 2 ? found : [], excludeId);
  const expanded = open && items.length > 0;
  const invalid = (errors?.length ?? 0) > 0;

  const choose = (actor: ActorSummary) => {
    setText(actor.name);
    setOpen(false);
    setActive(-1);
    onChange(actor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + items.length) % items.length);
    } else if (event.key === 'Enter' && expanded) {
      const actor = items[active] ?? (items.length === 1 ? items[0] : undefined);
      // Enter never submits the form from here: it chooses, or does nothing while the list is open.
      event.preventDefault();
      if (actor) choose(actor);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="control search-box partner-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        disabled={disabled}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={invalid ? errorId : undefined}
        aria-invalid={invalid || undefined}
        placeholder={t('editing.relation.partnerPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
          // Typing over a chosen partner un-chooses it: the form must not save a name it no longer shows.
          if (value) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ActorOptions listId={listId} label={label} items={items} active={active} hidden={!expanded} onChoose={choose} />
      <p className="search-status" role="status">
        {open && query.length >= 2 && searched.status === 'ready' && items.length === 0 && t('search.noResults', { text: query })}
        {searched.status === 'error' && t('search.failed', { message: searched.message })}
      </p>
      {invalid && (
        <p id={errorId} className="field-error">
          {label}: {errors?.join('; ')}
        </p>
      )}
    </div>
  );
}
