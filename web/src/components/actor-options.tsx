import type { ActorSummary } from '../api/network.types';
import { useI18n } from '../i18n/i18n-context';
import { kindLabel } from '../i18n/schema-labels';
import { repeatedNames } from './repeated-names';

interface ActorOptionsProps {
  listId: string;
  label: string;
  items: readonly ActorSummary[];
  /** Index of the option the arrow keys are on, -1 for none. */
  active: number;
  hidden: boolean;
  onChoose(actor: ActorSummary): void;
}

/** The listbox of actors under a search field: the map's search and the partner picker share it. */
export function ActorOptions({ listId, label, items, active, hidden, onChoose }: ActorOptionsProps) {
  const { language } = useI18n();
  const repeated = repeatedNames(items);
  return (
    <ul id={listId} role="listbox" aria-label={label} className="search-results" hidden={hidden}>
      {items.map((actor, index) => (
        <li
          key={actor.id}
          id={`${listId}-${index}`}
          role="option"
          aria-selected={index === active}
          data-actor-id={actor.id}
          // mousedown, not click: a click would first blur the input and close the list.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(actor);
          }}
        >
          <span className="search-result-name">{actor.name}</span>
          <span className="search-result-kind">
            {kindLabel(actor.kind, language)}
            {/* Two actors of one name (a register's duplicates) are told apart by their ids. */}
            {repeated.has(actor.name) && <span className="search-result-id"> · {actor.id}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
