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
  none: 'network.size.none',
  degree: 'actor.metrics.degree',
  betweenness: 'actor.metrics.betweenness',
  pagerank: 'actor.metrics.pagerank',
  closeness: 'actor.metrics.closeness',
};
const layoutLabels: Record<LayoutName, MessageKey> = { fcose: 'network.layout.fcose', community: 'network.layout.community' };

export interface NetworkControlsProps {
  state: ExplorerState;
  /** What the map shows now: the user's choice, or what the scope's size chose. */
  shownAs: ShowMode;
  onChange: (change: Partial<ExplorerState>) => void;
  /** A large scope is drawn from the API's positions, with light ties: say so under the layout choice. */
  large: boolean;
  /** For editors: forget the scope's kept picture and lay it out afresh (dragging pins an actor). */
  onResetLayout?: () => void;
  /** The overview was asked for, but the scope holds no smaller areas. */
  noSmallerAreas: boolean;
}

/** How the network is drawn (size, grouping, layout) and which part of it (filters). */
export function NetworkControls({ state, shownAs, onChange, large, onResetLayout, noSmallerAreas }: NetworkControlsProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="panel network-controls" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('network.drawing.title')}</h2>
      <div className="control">
        <label htmlFor={`${id}-show`}>{t('network.show.label')}</label>
        <select id={`${id}-show`} value={state.show ?? shownAs} onChange={(event) => onChange({ show: event.target.value as ShowMode, actor: null })} aria-describedby={noSmallerAreas ? `${id}-show-none` : undefined}>
          {showModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(mode === 'areas' ? 'network.show.areas' : 'network.show.actors')}
            </option>
          ))}
        </select>
        {noSmallerAreas && (
          <p id={`${id}-show-none`} className="hint">
            {t('network.show.areasNone')}
          </p>
        )}
        {shownAs === 'areas' && <p className="hint">{t('network.overview.controls')}</p>}
      </div>
      {shownAs !== 'areas' && <ActorDrawingControls id={id} state={state} onChange={onChange} large={large} onResetLayout={onResetLayout} />}
    </section>
  );
}

/** Size, grouping, layout and filters: they act on actors, so the overview of areas leaves them out. */
function ActorDrawingControls({ id, state, onChange, large, onResetLayout }: Pick<NetworkControlsProps, 'state' | 'onChange' | 'large' | 'onResetLayout'> & { id: string }) {
  const { t, language } = useI18n();
  const { filter } = state;
  const setFilter = (change: Partial<typeof filter>) => onChange({ filter: { ...filter, ...change } });
  // CiSE cannot draw area boxes (compound nodes): with grouping on, fCoSE draws instead.
  const groupedCommunities = state.layout === 'community' && state.grouping !== 'none';
  return (
    <>
      <div className="control">
        <label htmlFor={`${id}-metric`}>{t('network.size.label')}</label>
        <select id={`${id}-metric`} value={state.metric} onChange={(event) => onChange({ metric: event.target.value as SizeMetric })}>
          {sizeMetrics.map((metric) => (
            <option key={metric} value={metric}>
              {t(metricLabels[metric])}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-grouping`}>{t('network.grouping.label')}</label>
        <select id={`${id}-grouping`} value={state.grouping} onChange={(event) => onChange({ grouping: event.target.value as Grouping })}>
          <option value="none">{t('network.grouping.none')}</option>
          {groupingKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindPluralLabel(kind, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-layout`}>{t('network.layout.label')}</label>
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
            {t('network.layout.largeHint')}
          </p>
        )}
        {groupedCommunities && (
          <p id={`${id}-layout-grouped`} className="hint">
            {t('network.layout.groupedHint')}
          </p>
        )}
        {onResetLayout && (
          <>
            <p id={`${id}-layout-pin`} className="hint">
              {t('network.layout.pinHint')}
            </p>
            <button type="button" className="secondary" aria-describedby={`${id}-layout-pin`} onClick={onResetLayout}>
              {t('network.layout.reset')}
            </button>
          </>
        )}
      </div>
      <h2>{t('network.filter.title')}</h2>
      <details open={filter.kinds.length > 0 || undefined}>
        <summary>{t('network.filter.kinds')}</summary>
        <CheckboxGroup legend={t('network.filter.kinds')} options={nodeKindNames} labelOf={(kind) => kindPluralLabel(kind, language)} chosen={filter.kinds} onChange={(kinds) => setFilter({ kinds })} noneChosen={t('network.filter.all')} />
      </details>
      <details open={filter.domains.length > 0 || undefined}>
        <summary>{t('network.filter.domains')}</summary>
        <CheckboxGroup legend={t('network.filter.domains')} options={lifeDomainNames} labelOf={(domain) => domainLabel(domain, language)} chosen={filter.domains} onChange={(domains) => setFilter({ domains })} noneChosen={t('network.filter.all')} />
      </details>
      <details open={filter.targetGroups.length > 0 || undefined}>
        <summary>{t('network.filter.targetGroups')}</summary>
        <CheckboxGroup legend={t('network.filter.targetGroups')} options={targetGroupNames} labelOf={(group) => targetGroupLabel(group, language)} chosen={filter.targetGroups} onChange={(targetGroups) => setFilter({ targetGroups })} noneChosen={t('network.filter.all')} />
      </details>
      <details open={filter.relationKinds.length > 0 || undefined}>
        <summary>{t('network.filter.relationKinds')}</summary>
        <CheckboxGroup legend={t('network.filter.relationKinds')} options={relationKindNames} labelOf={(kind) => relationLabel(kind, language)} chosen={filter.relationKinds} onChange={(relationKinds) => setFilter({ relationKinds })} noneChosen={t('network.filter.all')} />
      </details>
      {isFilterActive(filter) && (
        <button type="button" className="secondary" onClick={() => onChange({ filter: emptyFilter })}>
          {t('network.filter.clear')}
        </button>
      )}
    </>
  );
}
