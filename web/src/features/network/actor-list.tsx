import { useId, useMemo, useState } from 'react';
import type { NetworkActor } from '../../api/network.types';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/schema-labels';
import { requestPanelFocus } from '../../components/panel-focus';

const pageSize = 100;

/**
 * The actors drawn, as a list of buttons: the canvas's text alternative for keyboard and screen
 * reader users (choosing one opens its panel, as a click on the canvas does; Enter also moves the
 * focus into the panel).
 */
export function ActorList({ actors, selectedId, onSelect }: { actors: NetworkActor[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t, language } = useI18n();
  const id = useId();
  const [shown, setShown] = useState(pageSize);
  const sorted = useMemo(() => [...actors].sort((a, b) => a.name.localeCompare(b.name, language)), [actors, language]);
  return (
    <section className="panel actor-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('network.actorList.title', { count: actors.length })}</h2>
      <ul>
        {sorted.slice(0, shown).map((actor) => (
          <li key={actor.id}>
            <button
              type="button"
              className="link"
              aria-current={actor.id === selectedId || undefined}
              onClick={() => onSelect(actor.id)}
              onKeyDown={(event) => {
                // Enter opens the panel and goes there to read it; a click (or Space) stays in the list.
                if (event.key !== 'Enter' || event.repeat) return;
                event.preventDefault();
                requestPanelFocus(actor.id);
                onSelect(actor.id);
              }}
            >
              {actor.name}
            </button>{' '}
            <span className="hint">
              {kindLabel(actor.kind, language)}
              {actor.boundary ? ` · ${t('network.legend.boundary')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {sorted.length > shown && (
        <button type="button" className="secondary" onClick={() => setShown((count) => count + pageSize)}>
          {t('network.actorList.more', { count: sorted.length - shown })}
        </button>
      )}
    </section>
  );
}
