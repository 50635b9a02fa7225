import { lifeDomainNames, nodeKindNames, relationKindNames, targetGroupNames } from '@weefsel/graph-schema';
import { useId } from 'react';
import { showModes, sizeMetrics, type ExplorerState, type ShowMode, type SizeMetric } from '../../components/url-state';
import { groupingKinds, type Grouping } from '../../graph/grouping';
import { layoutNames, type LayoutName } from '../../graph/layout-names';
import { emptyFilter, isFilterActive } from '../../graph/network-filter';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { domainLabel, kindPluralLabel, relationLabel, targetGroupLabel } from '../../i18n/schema-labels';
import { CheckboxGroup } from '../../components/checkbox-group';

const metricLabels: Record<SizeMetric, MessageKey> = {
  none: 'metricNone',
  degree: 'metricDegree',
  betweenness: 'metricBetweenness',
  pagerank: 'metricPagerank',
  closeness: 'metricCloseness',
};
const layoutLabels: Record<LayoutName, MessageKey> = { fcose: 'layoutFcose', community: 'layoutCommunity' };

export interface NetworkControlsProps {
  state: ExplorerState;
  onChange: (change: Partial<ExplorerState>) => void;
  /** A large scope is drawn from the API's positions, with light ties: say so under the layout choice. */
  large: boolean;
  /** For editors: forget the scope's kept picture and lay it out afresh (dragging pins an actor). */
  onResetLayout?: () => void;
  /** The overview was asked for, but the scope holds no smaller areas. */
  noSmallerAreas: boolean;
}

/** How the network is drawn (size, grouping, layout) and which part of it (filters). */
export function NetworkControls({ state, onChange, large, onResetLayout, noSmallerAreas }: NetworkControlsProps) {
  const { t, language } = useI18n();
  const id = useId();
  const { filter } = state;
  const setFilter = (change: Partial<typeof filter>) => onChange({ filter: { ...filter, ...change } });
  // CiSE cannot draw area boxes (compound nodes): with grouping on, fCoSE draws instead.
  const groupedCommunities = state.layout === 'community' && state.grouping !== 'none';
  return (
    <section className="panel network-controls" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('drawingTitle')}</h2>
      <div className="control">
        <label htmlFor={`${id}-show`}>{t('showLabel')}</label>
        <select id={`${id}-show`} value={state.show} onChange={(event) => onChange({ show: event.target.value as ShowMode, actor: null })} aria-describedby={noSmallerAreas ? `${id}-show-none` : undefined}>
          {showModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(mode === 'areas' ? 'showAreas' : 'showActors')}
            </option>
          ))}
        </select>
        {noSmallerAreas && (
          <p id={`${id}-show-none`} className="hint">
            {t('showAreasNone')}
          </p>
        )}
      </div>
      <div className="control">
        <label htmlFor={`${id}-metric`}>{t('metricLabel')}</label>
        <select id={`${id}-metric`} value={state.metric} onChange={(event) => onChange({ metric: event.target.value as SizeMetric })}>
          {sizeMetrics.map((metric) => (
            <option key={metric} value={metric}>
              {t(metricLabels[metric])}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-grouping`}>{t('groupingLabel')}</label>
        <select id={`${id}-grouping`} value={state.grouping} onChange={(event) => onChange({ grouping: event.target.value as Grouping })}>
          <option value="none">{t('groupingNone')}</option>
          {groupingKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindPluralLabel(kind, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-layout`}>{t('layoutLabel')}</label>
        <select
          id={`${id}-layout`}
          value={state.layout}
          onChange={(event) => onChange({ layout: event.target.value as LayoutName })}
          aria-describedby={[large && `${id}-layout-large`, groupedCommunities && `${id}-layout-grouped`].filter(Boolean).join(' ') || undefined}
        >
          {layoutNames.map((name) => (
            <option key={name} value={name}>
              {t(layoutLabels[name])}
            </option>
          ))}
        </select>
        {large && (
          <p id={`${id}-layout-large`} className="hint">
            {t('layoutLargeHint')}
          </p>
        )}
        {groupedCommunities && (
          <p id={`${id}-layout-grouped`} className="hint">
            {t('layoutGroupedHint')}
          </p>
        )}
        {onResetLayout && (
          <>
            <p id={`${id}-layout-pin`} className="hint">
              {t('layoutPinHint')}
            </p>
            <button type="button" className="secondary" aria-describedby={`${id}-layout-pin`} onClick={onResetLayout}>
              {t('layoutReset')}
            </button>
          </>
        )}
      </div>
      <h2>{t('filterTitle')}</h2>
      <details open={filter.kinds.length > 0 || undefined}>
        <summary>{t('filterKinds')}</summary>
        <CheckboxGroup legend={t('filterKinds')} options={nodeKindNames} labelOf={(kind) => kindPluralLabel(kind, language)} chosen={filter.kinds} onChange={(kinds) => setFilter({ kinds })} noneChosen={t('filterAll')} />
      </details>
      <details open={filter.domains.length > 0 || undefined}>
        <summary>{t('filterDomains')}</summary>
        <CheckboxGroup legend={t('filterDomains')} options={lifeDomainNames} labelOf={(domain) => domainLabel(domain, language)} chosen={filter.domains} onChange={(domains) => setFilter({ domains })} noneChosen={t('filterAll')} />
      </details>
      <details open={filter.targetGroups.length > 0 || undefined}>
        <summary>{t('filterTargetGroups')}</summary>
        <CheckboxGroup legend={t('filterTargetGroups')} options={targetGroupNames} labelOf={(group) => targetGroupLabel(group, language)} chosen={filter.targetGroups} onChange={(targetGroups) => setFilter({ targetGroups })} noneChosen={t('filterAll')} />
      </details>
      <details open={filter.relationKinds.length > 0 || undefined}>
        <summary>{t('filterRelationKinds')}</summary>
        <CheckboxGroup legend={t('filterRelationKinds')} options={relationKindNames} labelOf={(kind) => relationLabel(kind, language)} chosen={filter.relationKinds} onChange={(relationKinds) => setFilter({ relationKinds })} noneChosen={t('filterAll')} />
      </details>
      {isFilterActive(filter) && (
        <button type="button" className="secondary" onClick={() => onChange({ filter: emptyFilter })}>
          {t('filterClear')}
        </button>
      )}
    </section>
  );
}
