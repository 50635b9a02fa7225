import { useEffect, useId, useState } from 'react';
import type { GapsViewProps } from '../../components/view-contract';
import { ActorLinks } from '../../components/analysis/actor-links';
import { useLatest, useOnUnmount } from '../../components/analysis/use-canvas-callbacks';
import { useAsync } from '../../components/use-async';
import { ViewStatus } from '../../components/analysis/view-status';
import { useI18n } from '../../i18n/i18n-context';
import '../../components/analysis/analysis-views.css';
import { fetchGaps, type GapItem } from './gaps.api';
import { gapHasMarks, gapHighlight, gapOverlay, groupBySeverity, type Severity } from './gap-mapping';

/** Gaps shown per severity until asked for all: a whole region can have thousands. */
const shownPerSeverity = 30;

/** The gaps of the scope by severity; a click highlights a gap, the switch marks three kinds on the canvas. */
export function GapsView({ scope, onHighlight, onSelectActor, onOverlay }: GapsViewProps) {
  const { t } = useI18n();
  const titleId = useId();
  const state = useAsync(JSON.stringify(scope), (signal) => fetchGaps(scope, signal));
  const [selected, setSelected] = useState<string | null>(null);
  const [overlayOn, setOverlayOn] = useState(false);
  const [expanded, setExpanded] = useState<Severity[]>([]);
  const report = state.status === 'ready' ? state.data : null;

  const overlayCallback = useLatest(onOverlay);
  const highlightCallback = useLatest(onHighlight);
  // A highlight of the previous scope's gap means nothing in the new one.
  useEffect(() => {
    setSelected(null);
    setExpanded([]);
    highlightCallback.current(null);
  }, [scope.areaId, scope.asOf, scope.history, highlightCallback]);
  useEffect(() => {
    overlayCallback.current(overlayOn && report ? gapOverlay(report.gaps) : null);
  }, [overlayOn, report, overlayCallback]);
  // Leaving the view takes its marks off the canvas.
  useOnUnmount(() => {
    onOverlay(null);
    onHighlight(null);
  });

  const choose = (gap: GapItem) => {
    if (selected === gap.id) {
      setSelected(null);
      onHighlight(null);
      return;
    }
    setSelected(gap.id);
    const subject = gap.actors[0]?.name;
    const kind = t(`gaps.kind.${gap.kind}`);
    onHighlight(gapHighlight(gap, subject ? `${kind}: ${subject}` : kind));
  };
  const overlay = report ? gapOverlay(report.gaps) : null;

  return (
    <section className="analysis-view gaps-view" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('gaps.title')}</h2>
      <p className="view-intro">{t('gaps.intro')}</p>
      <label className="overlay-switch">
        <input type="checkbox" role="switch" checked={overlayOn} onChange={(event) => setOverlayOn(event.target.checked)} />
        <span>{t('gaps.overlay')}</span>
      </label>
      {overlayOn && overlay && (
        <p className="overlay-summary">
          {t('gaps.overlaySummary', {
            isolated: overlay.isolated.length,
            spof: overlay.singlePointsOfFailure.length,
            informal: overlay.informalWithoutFormalTies.length,
          })}
        </p>
      )}
      <ViewStatus state={state} loading={t('gaps.loading')} failed={(message) => t('gaps.failed', { message })} />
      {report && (
        <>
          <p className="view-summary" data-gap-count={report.gaps.length}>
            {report.gaps.length === 0 ? t('gaps.none') : t('gaps.count', { count: report.gaps.length })}
          </p>
          {selected && (
            <button type="button" className="link-button" onClick={() => { setSelected(null); onHighlight(null); }}>
              {t('gaps.clear')}
            </button>
          )}
          {groupBySeverity(report.gaps).map((group) => (
            <section key={group.severity} className={`severity-group severity-${group.severity.toLowerCase()}`}>
              <h3>
                {t(`gaps.severity.${group.severity}`)} ({group.gaps.length})
              </h3>
              <ul className="gap-list">
                {(expanded.includes(group.severity) ? group.gaps : group.gaps.slice(0, shownPerSeverity)).map((gap) => (
                  <li key={gap.id} className="gap-item" data-gap-id={gap.id}>
                    {/* A lack (a domain nobody covers) has nothing on the map: a button that dims everything would say otherwise. */}
                    {gapHasMarks(gap) ? (
                      <button type="button" className="gap-button" aria-pressed={selected === gap.id} data-gap-id={gap.id} onClick={() => choose(gap)}>
                        <GapText gap={gap} />
                        <span className="gap-affected">{t('gaps.affected', { count: gap.affectedCount })}</span>
                      </button>
                    ) : (
                      <div className="gap-card">
                        <GapText gap={gap} />
                        <span className="gap-affected">{t('gaps.nothingToMark')}</span>
                      </div>
                    )}
                    {gap.actors.length > 0 && (
                      <ActorLinks actors={gap.actors.slice(0, 5)} onSelectActor={onSelectActor} />
                    )}
                  </li>
                ))}
              </ul>
              {group.gaps.length > shownPerSeverity && !expanded.includes(group.severity) && (
                <button type="button" className="link-button" onClick={() => setExpanded([...expanded, group.severity])}>
                  {t('gaps.showAll', { count: group.gaps.length })}
                </button>
              )}
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function GapText({ gap }: { gap: GapItem }) {
  const { t, language } = useI18n();
  return (
    <>
      <span className="gap-kind">{t(`gaps.kind.${gap.kind}`)}</span>
      <span className="gap-explanation">{gap.explanation[language]}</span>
    </>
  );
}
