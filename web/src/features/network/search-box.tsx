import { useId, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../../api/network.api';
import type { ActorSummary } from '../../api/network.types';
import { ActorOptions } from '../../components/actor-options';
import { useI18n } from '../../i18n/i18n-context';
import { useAsync } from '../../components/use-async';
import { useDebouncedValue } from '../../components/use-debounced-value';

export interface SearchBoxProps {
  onChoose: (actor: ActorSummary) => void;
}

/**
 * A combobox (WAI-ARIA pattern with a listbox popup): typing searches by name, arrow keys move the
 * active option, Enter or a click chooses it, Escape closes the list.
 */
export function SearchBox({ onChoose }: SearchBoxProps) {
  const { t } = useI18n();
  const id = useId();
  const listId = `${id}-results`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebouncedValue(text.trim(), 200);
  const results = useAsync(query.length >= 2 ? query : null, (signal) => searchActors(query, signal));
  const items = results.status === 'ready' ? results.data : [];
  const expanded = open && query.length >= 2 && results.status !== 'idle';

  const choose = (actor: ActorSummary) => {
    setText(actor.name);
    setOpen(false);
    setActive(-1);
    onChoose(actor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      const actor = items[active] ?? (items.length === 1 ? items[0] : undefined);
      if (expanded && actor) {
        event.preventDefault();
        choose(actor);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="control search-box">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ActorOptions listId={listId} label={t('search.label')} items={items} active={active} hidden={!expanded} onChoose={choose} />
      <p className="search-status" role="status">
        {expanded && results.status === 'ready' && items.length === 0 && t('search.noResults', { text: query })}
        {expanded && results.status === 'ready' && items.length > 0 && t('search.resultCount', { count: items.length })}
        {results.status === 'error' && t('search.failed', { message: results.message })}
      </p>
    </div>
  );
}
