import type { Language, LifeDomain } from '@weefsel/graph-schema';
import { useEffect, useId, useMemo, useState } from 'react';
import type { AnalysisViewProps } from '../../components/view-contract';
import { useLatest, useOnUnmount } from '../../components/analysis/use-canvas-callbacks';
import { useAsync } from '../../components/use-async';
import { ViewStatus } from '../../components/analysis/view-status';
import { useI18n } from '../../i18n/i18n-context';
import { domainLabel, kindLabel, relationLabel } from '../../i18n/schema-labels';
import { tieDates } from '../../i18n/tie-dates';
import '../../components/analysis/analysis-views.css';
import { DomainHeatmap, cellKey } from './domain-heatmap';
import { fetchDomains } from './domains.api';
import { buildHeatmap, cellHighlight, type Heatmap, type HeatmapCell } from './heatmap-cells';

const spannersShown = 20;

/** The domain x domain heatmap; a cell lists and highlights its ties; boundary spanners open their panel. */
export function DomainsView({ scope, onHighlight, onSelectActor }: AnalysisViewProps) {
  const { t, language } = useI18n();
  const titleId = useId();
  const state = useAsync(JSON.stringify(scope), (signal) => fetchDomains(scope, signal));
  const [selected, setSelected] = useState<HeatmapCell<LifeDomain> | null>(null);
  const answer = state.status === 'ready' ? state.data : null;
  const heatmap = useMemo(() => (answer ? buildHeatmap(answer.domainMatrix) : null), [answer]);
  const names = useMemo(() => new Map(answer?.network.nodes.map((node) => [node.id, node.name])), [answer]);

  const highlightCallback = useLatest(onHighlight);
  useEffect(() => {
    setSelected(null);
    highlightCallback.current(null);
  }, [scope.areaId, scope.asOf, scope.history, highlightCallback]);
  useOnUnmount(() => onHighlight(null));

  const choose = (cell: HeatmapCell<LifeDomain>) => {
    if (selected && cellKey(selected) === cellKey(cell)) {
      setSelected(null);
      onHighlight(null);
      return;
    }
    setSelected(cell);
    onHighlight(cellHighlight(cell, `${domainLabel(cell.row, language)} × ${domainLabel(cell.column, language)}`));
  };
  const pair = selected ? { a: domainLabel(selected.row, language), b: domainLabel(selected.column, language) } : null;

  return (
    <section className="analysis-view domains-view" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('domains.title')}</h2>
      <p className="view-intro">{t('domains.intro')}</p>
      <ViewStatus state={state} loading={t('domains.loading')} failed={(message) => t('domains.failed', { message })} />
      {heatmap && answer && (
        <>
          {/* With no domain recorded the table is all dashes: what that means comes first. */}
          {heatmap.presentDomains === 0 && <p className="view-summary unrecorded">{pairSummary(heatmap, t, language)}</p>}
          <DomainHeatmap heatmap={heatmap} selected={selected ? cellKey(selected) : null} onChoose={choose} />
          <ul className="heat-legend">
            <li><span className="swatch heat-empty" aria-hidden="true" />{t('domains.legendEmpty')}</li>
            <li><span className="swatch heat-missing" aria-hidden="true" />{t('domains.legendMissing')}</li>
            <li>{t('domains.legendPartners')}</li>
          </ul>
          {heatmap.presentDomains > 0 && (
            <p className="view-summary" data-unlinked={heatmap.unlinkedPairs.length}>
              {pairSummary(heatmap, t, language)}
            </p>
          )}
          {selected && pair && (
            <section className="cell-ties" aria-live="polite">
              <h3>{t('domains.cellTitle', pair)}</h3>
              {selected.relations.length === 0 ? (
                <p>{t('domains.cellNone', pair)}</p>
              ) : (
                <ul>
                  {selected.relations.map((relation) => (
                    <li key={relation.id} data-relation-id={relation.id}>
                      <button type="button" className="link-button" onClick={() => onSelectActor(relation.source)}>
                        {names.get(relation.source) ?? relation.source}
                      </button>{' '}
                      <span className="relation-kind">{relationLabel(relation.kind, language)}</span>{' '}
                      <button type="button" className="link-button" onClick={() => onSelectActor(relation.target)}>
                        {names.get(relation.target) ?? relation.target}
                      </button>
                      {(relation.since || relation.until) && <span className="hint tie-dates"> · {tieDates(relation, language, t)}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          <section className="spanners">
            <h3>{t('domains.spanners')}</h3>
            <p className="view-intro">{t('domains.spannersIntro')}</p>
            {answer.boundarySpanners.length === 0 ? (
              <p>{t('domains.spannersNone')}</p>
            ) : (
              <ul className="spanner-list">
                {answer.boundarySpanners.slice(0, spannersShown).map((spanner) => (
                  <li key={spanner.actor.id}>
                    <button type="button" className="link-button" data-actor-id={spanner.actor.id} onClick={() => onSelectActor(spanner.actor.id)}>
                      {spanner.actor.name}
                    </button>{' '}
                    <span className="muted">({kindLabel(spanner.actor.kind, language)})</span>
                    <div className="muted">
                      {t('domains.spannerLine', {
                        count: spanner.crossDomainTieCount,
                        domains: spanner.domainsLinked.map((domain) => domainLabel(domain, language)).join(', '),
                      })}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}

/** What the pairs of domains say: none to speak of with fewer than two present, else those that never meet. */
function pairSummary(heatmap: Heatmap<LifeDomain>, t: ReturnType<typeof useI18n>['t'], language: Language): string {
  if (heatmap.presentDomains === 0) return t('domains.noneRecorded');
  if (heatmap.presentDomains === 1) return t('domains.onlyOnePresent');
  if (heatmap.unlinkedPairs.length === 0) return t('domains.unlinkedNone');
  const pairs = heatmap.unlinkedPairs.map(([a, b]) => `${domainLabel(a, language)} – ${domainLabel(b, language)}`).join('; ');
  return `${t('domains.unlinked', { count: heatmap.unlinkedPairs.length })}: ${pairs}`;
}
