import { todayInBrussels } from '@weefsel/graph-schema';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { AnalysisViewProps } from '../../components/view-contract';
import { useLatest, useOnUnmount } from '../../components/analysis/use-canvas-callbacks';
import { useAsync } from '../../components/use-async';
import { ViewStatus } from '../../components/analysis/view-status';
import { SurveyRoundComparison } from '../../components/round-comparison/round-comparison';
import { formatDay } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/schema-labels';
import '../../components/analysis/analysis-views.css';
import { MetricsTable, TieList } from './change-lists';
import { fetchChanges } from './changes.api';
import { dateRangeProblem, defaultChangeDates, newTiesHighlight, quietPeriod, summariseChanges } from './changes-summary';

const actorChangesShown = 10;
// The API's today (the calendar day in Brussels), not the UTC day: they differ around midnight.
const today = () => todayInBrussels();

/** The network of the scope at two days as a diff: new and ended ties, key figures, biggest movers. */
export function ChangesView({ scope, onHighlight, onSelectActor }: AnalysisViewProps) {
  const { t, language } = useI18n();
  const titleId = useId();
  const fromId = useId();
  const toId = useId();
  const [draft, setDraft] = useState(() => defaultChangeDates(scope.asOf, today()));
  const [range, setRange] = useState(draft);
  const [highlighted, setHighlighted] = useState(true);
  const problem = dateRangeProblem(draft.from, draft.to);

  useEffect(() => {
    const dates = defaultChangeDates(scope.asOf, today());
    setDraft(dates);
    setRange(dates);
  }, [scope.asOf]);

  const state = useAsync(`${scope.areaId}|${range.from}|${range.to}`, (signal) => fetchChanges(scope.areaId, range.from, range.to, signal));
  const answer = state.status === 'ready' ? state.data : null;
  const summary = useMemo(
    () => (answer ? summariseChanges(answer.networkChanges, new Map(answer.network.nodes.map((node) => [node.id, node.name]))) : null),
    [answer],
  );

  // The new ties are what an impact report asks about: bring them forward as soon as they arrive.
  const highlightCallback = useLatest(onHighlight);
  useEffect(() => {
    if (!answer) return;
    highlightCallback.current(highlighted ? newTiesHighlight(answer.networkChanges, t('changes.highlightLabel', { from: formatDay(answer.networkChanges.from, language) })) : null);
  }, [answer, highlighted, highlightCallback, t]);
  useOnUnmount(() => onHighlight(null));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!problem) setRange(draft);
  };
  const compare = (dates: { from: string; to: string }) => {
    setDraft(dates);
    setRange(dates);
  };
  const quiet = answer ? quietPeriod(answer.networkChanges) : null;

  return (
    <section className="analysis-view changes-view" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('changes.title')}</h2>
      <p className="view-intro">{t('changes.intro')}</p>
      <form className="change-form" onSubmit={submit} noValidate>
        <label htmlFor={fromId}>
          {t('changes.from')}
          <input id={fromId} type="date" value={draft.from} aria-invalid={problem === 'invalidFrom' || problem === 'fromAfterTo'} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        </label>
        <label htmlFor={toId}>
          {t('changes.to')}
          <input id={toId} type="date" value={draft.to} aria-invalid={problem === 'invalidTo'} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        </label>
        <button type="submit" disabled={problem !== null}>
          {t('changes.compare')}
        </button>
      </form>
      {problem && <p role="alert" className="error">{t(`changes.${problem}`)}</p>}
      <ViewStatus state={state} loading={t('changes.loading')} failed={(message) => t('changes.failed', { message })} />
      {answer && summary && (
        <>
          <p className="view-summary" data-added={summary.added.length} data-ended={summary.ended.length}>
            {t('changes.summary', { from: formatDay(answer.networkChanges.from, language), to: formatDay(answer.networkChanges.to, language), added: summary.added.length, ended: summary.ended.length })}
          </p>
          {quiet && (
            <p className="notice quiet-period">
              {t('changes.quiet', { to: formatDay(answer.networkChanges.to, language), day: formatDay(quiet.latest, language) })}{' '}
              <button type="button" className="link-button" onClick={() => compare(quiet.dates)}>
                {t('changes.compareLatest', { day: formatDay(quiet.latest, language) })}
              </button>
            </p>
          )}
          <label className="overlay-switch">
            <input type="checkbox" role="switch" checked={highlighted} onChange={(event) => setHighlighted(event.target.checked)} />
            <span>{t('changes.highlightAdded')}</span>
          </label>
          {scope.asOf !== null && scope.asOf < answer.networkChanges.to && <p className="notice">{t('changes.canvasDate', { day: formatDay(scope.asOf, language) })}</p>}
          <TieList title={t('changes.added', { count: summary.added.length })} ties={summary.added} testId="ties-added" />
          <TieList title={t('changes.ended', { count: summary.ended.length })} ties={summary.ended} testId="ties-ended" />
          <MetricsTable metrics={summary.metrics} from={answer.networkChanges.from} to={answer.networkChanges.to} />
          {answer.networkChanges.actorChanges.length > 0 && (
            <section>
              <h3>{t('changes.actors')}</h3>
              <ul className="tie-list">
                {answer.networkChanges.actorChanges.slice(0, actorChangesShown).map((change) => (
                  <li key={change.actor.id}>
                    <button type="button" className="link-button" onClick={() => onSelectActor(change.actor.id)}>
                      {change.actor.name}
                    </button>{' '}
                    <span className="muted">
                      ({kindLabel(change.actor.kind, language)}) {t('changes.actorLine', { before: change.degreeBefore, after: change.degreeAfter })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {/* Editors only, and only for an area with two survey rounds or more: it renders nothing otherwise. */}
      <SurveyRoundComparison areaId={scope.areaId} />
    </section>
  );
}
