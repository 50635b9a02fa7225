import { useEffect, useId, useState } from 'react';
import { timeKey } from '../../api/view-time';
import type { AnalysisViewProps, Highlight } from '../../components/view-contract';
import { ActorLinks } from '../../components/analysis/actor-links';
import { tiesHighlight } from '../../components/analysis/highlight';
import { useLatest, useOnUnmount } from '../../components/analysis/use-canvas-callbacks';
import { useAsync } from '../../components/use-async';
import { ViewStatus } from '../../components/analysis/view-status';
import { formatScore } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import '../../components/analysis/analysis-views.css';
import { suggestionHighlight } from './coverage';
import { NeighbourhoodCoverage } from './neighbourhood-coverage';
import { fetchNeighbourhood, fetchNeighbourhoods, fetchScopeArea, type AreaChoice, type NeighbourhoodAnswer } from './neighbourhood.api';

/**
 * What the view is about: the scope itself when it is a neighbourhood, otherwise the neighbourhoods
 * inside it to pick from; an area recorded without neighbourhoods (a small municipality, an
 * imported register of municipalities) is its own finest area, so the view shows the area itself.
 */
type Choices = { shown: 'neighbourhood' | 'pick' | 'areaItself'; choices: AreaChoice[] };

async function loadChoices(areaId: string | null, signal: AbortSignal): Promise<Choices> {
  const area = areaId ? await fetchScopeArea(areaId, signal) : null;
  if (area?.kind === 'Neighbourhood') return { shown: 'neighbourhood', choices: [area] };
  const inside = await fetchNeighbourhoods(areaId, signal);
  if (inside.length === 0 && area) return { shown: 'areaItself', choices: [area] };
  return { shown: 'pick', choices: inside };
}

interface DetailsProps {
  answer: NeighbourhoodAnswer;
  /** The name of the area shown, which the headings and notes name. */
  area: string;
  onHighlight(highlight: Highlight | null): void;
  onSelectActor(actorId: string): void;
}

function NeighbourhoodDetails({ answer, area, onHighlight, onSelectActor }: DetailsProps) {
  const { t, language } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  const toggle = (key: string, highlight: Highlight) => {
    const off = selected === key;
    setSelected(off ? null : key);
    onHighlight(off ? null : highlight);
  };
  const gaps = answer.gaps.gaps;
  return (
    <>
      <NeighbourhoodCoverage coverage={answer.areaCoverage} area={area} />
      <section>
        <h3>{t('neighbourhood.gaps', { area })}</h3>
        {gaps.length === 0 ? (
          <p>{t('neighbourhood.gapsNone', { area })}</p>
        ) : (
          <ul className="gap-list">
            {gaps.map((gap) => (
              <li key={gap.id} className="gap-item">
                <button
                  type="button"
                  className="gap-button"
                  aria-pressed={selected === gap.id}
                  onClick={() => toggle(gap.id, tiesHighlight(gap.actors.map((actor) => actor.id), gap.relations, t(`gaps.kind.${gap.kind}`)))}
                >
                  <span className="gap-kind">{t(`gaps.kind.${gap.kind}`)} · {t(`gaps.severity.${gap.severity}`)}</span>
                  <span className="gap-explanation">{gap.explanation[language]}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>{t('neighbourhood.suggestions')}</h3>
        {answer.suggestCollaborations.length === 0 ? (
          <p>{t('neighbourhood.suggestionsNone', { area })}</p>
        ) : (
          <ul className="suggestion-list" data-suggestions={answer.suggestCollaborations.length}>
            {answer.suggestCollaborations.map((suggestion) => {
              const key = `${suggestion.from.id}|${suggestion.to.id}`;
              const pair = t('neighbourhood.suggestionPair', { from: suggestion.from.name, to: suggestion.to.name });
              return (
                <li key={key} className="suggestion">
                  <button type="button" className="gap-button" aria-pressed={selected === key} onClick={() => toggle(key, suggestionHighlight(suggestion, pair))}>
                    <span className="gap-kind">{pair}</span>
                    <span className="muted">
                      {t('neighbourhood.likelihood', { score: formatScore(suggestion.relativeLikelihood, language) })} · {t('actor.recommend.value', { score: formatScore(suggestion.value, language) })}
                    </span>
                  </button>
                  <p>{suggestion.explanation[language]}</p>
                  <ActorLinks actors={[suggestion.from, suggestion.to]} onSelectActor={onSelectActor} />
                  <p className="muted">{t('neighbourhood.closesGap', { gap: t(`gaps.kind.${suggestion.gap.kind}`) })}</p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

/** A neighbourhood's (or an area's without neighbourhoods) coverage, gaps and suggested collaborations; clicking highlights on the canvas. */
export function NeighbourhoodView({ scope, onHighlight, onSelectActor }: AnalysisViewProps) {
  const { t } = useI18n();
  const titleId = useId();
  const pickId = useId();
  const choices = useAsync(`${scope.areaId}`, (signal) => loadChoices(scope.areaId, signal));
  const [picked, setPicked] = useState<string | null>(null);
  const list = choices.status === 'ready' ? choices.data.choices : [];
  const neighbourhoodId = picked && list.some((choice) => choice.id === picked) ? picked : (list[0]?.id ?? null);
  const details = useAsync(neighbourhoodId ? `${neighbourhoodId}|${timeKey(scope)}` : null, (signal) =>
    fetchNeighbourhood(neighbourhoodId as string, scope, signal),
  );

  const highlightCallback = useLatest(onHighlight);
  useEffect(() => highlightCallback.current(null), [neighbourhoodId, highlightCallback]);
  useOnUnmount(() => onHighlight(null));

  return (
    <section className="analysis-view neighbourhood-view" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('neighbourhood.title')}</h2>
      <ViewStatus state={choices} loading={t('neighbourhood.loading')} failed={(message) => t('neighbourhood.failed', { message })} />
      {choices.status === 'ready' && list.length === 0 && <p>{t('neighbourhood.noneInScope')}</p>}
      {choices.status === 'ready' && list.length > 0 && (
        choices.data.shown !== 'pick' ? (
          <>
            <p className="view-summary">{list[0]?.name}</p>
            {choices.data.shown === 'areaItself' && <p className="muted">{t('neighbourhood.areaItself', { area: list[0]?.name ?? '' })}</p>}
          </>
        ) : (
          <div className="change-form">
            <label htmlFor={pickId}>{t('neighbourhood.pick')}</label>
            <select id={pickId} value={neighbourhoodId ?? ''} onChange={(event) => setPicked(event.target.value)}>
              {list.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </div>
        )
      )}
      {neighbourhoodId && (
        <ViewStatus state={details} loading={t('neighbourhood.loading')} failed={(message) => t('neighbourhood.failed', { message })} />
      )}
      {details.status === 'ready' && (
        <NeighbourhoodDetails
          key={neighbourhoodId}
          answer={details.data}
          area={list.find((choice) => choice.id === neighbourhoodId)?.name ?? ''}
          onHighlight={onHighlight}
          onSelectActor={onSelectActor}
        />
      )}
    </section>
  );
}
