import { hasRole } from '@weefsel/graph-schema';
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { fetchEgoNetwork } from '../api/network.api';
import { timeKey } from '../api/view-time';
import type { ActorSummary, NetworkActor } from '../api/network.types';
import { useSession } from '../components/session-context';
import { ExportMenu } from '../features/export/export-menu';
import { ActorList } from '../features/network/actor-list';
import { CanvasControls } from '../features/network/canvas-controls';
import { parentInTrail } from '../features/network/area-trail';
import { AreaTrailNav } from '../features/network/area-trail-nav';
import { NetworkControls } from '../features/network/network-controls';
import { useAreaTrail } from '../features/network/use-area-trail';
import { NetworkLegend } from '../features/network/network-legend';
import { NetworkSummary } from '../features/network/network-summary';
import { ScopePicker } from '../features/network/scope-picker';
import { SearchBox } from '../features/network/search-box';
import type { OverviewArea } from '../api/area-overview.api';
import { fitDrawing } from '../graph/canvas-viewport';
import { isLargeGraph } from '../graph/large-graph';
import { NetworkCanvas, type FocusRequest } from '../graph/network-canvas';
import { useI18n } from '../i18n/i18n-context';
import { DatePicker } from './date-picker';
import { ExplorerSidebar, type EditMode } from './explorer-sidebar';
import { useExplorerState } from './use-explorer-state';
import { useKeptPicture } from './use-kept-picture';
import { useLocalChanges, useNetworkData, type LocalChanges } from './use-network-data';
import type { ViewScope, GapOverlay, Highlight } from '../components/view-contract';
import { AnalysisPanel } from './analysis-panel';
import { tabId, tabPanelId, ViewTabs } from './view-tabs';

/** The app shell: scope, date and search on top, view tabs, the view's panel, the canvas, the actor sidebar. */
export function Explorer() {
  const { t, language } = useI18n();
  const { state: session } = useSession();
  const canEdit = session.status === 'user' && hasRole(session.user.role, 'editor');
  const [state, update, restoredArea] = useExplorerState(session.status === 'user' ? session.user.name : null);
  const [reload, setReload] = useState(0);
  // The scope and date drawn: local changes and the kept picture belong to it.
  const pictureKey = `${state.area ?? ''}|${timeKey(state)}`;
  const [local, changeLocal] = useLocalChanges(pictureKey);
  const areaLabel = useCallback((area: OverviewArea) => t('network.overview.area', { name: area.name, count: area.actors }), [t]);
  const { show, shown, filtered, elements, metricsById, drawingSettled, keptPicture, overview, loading, failure, noSmallerAreas } = useNetworkData(state, reload, local, language, areaLabel);
  // Many elements: drawn from the API's positions, ties on the edge layer (large-graph.ts).
  const large = isLargeGraph(elements.length);
  const trail = useAreaTrail(state.area, state);
  // Null: the whole region; undefined: the region itself, or the trail not in yet.
  const parentArea = parentInTrail(trail, state.area);
  // The area restored from the last visit may be gone (deleted, or not visible to this user): start from the region then.
  const restoredFailed = failure !== null && restoredArea !== null && state.area === restoredArea;
  useEffect(() => {
    if (restoredFailed) update({ area: null });
  }, [restoredFailed, update]);
  // A link naming an actor (shared, or reopened) in a scope that opens as its areas: its actors are
  // shown, as when the actor is chosen in the search; else the panel would ask to choose one.
  const linkedActorHidden = overview !== null && state.actor !== null && state.show === null;
  useEffect(() => {
    if (linkedActorHidden) update({ show: 'actors' });
  }, [linkedActorHidden, update]);
  const [cy, setCy] = useState<Core | null>(null);
  const [focusSeq, setFocusSeq] = useState(0);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [overlay, setOverlay] = useState<GapOverlay | null>(null);
  const [widenedFor, setWidenedFor] = useState<string | null>(null);
  const [editMode, setEditMode] = useState<EditMode>(null);
  const [announcement, setAnnouncement] = useState('');
  const kept = useKeptPicture({
    area: state.area,
    pictureKey,
    keptPicture,
    nameOf: (id) => shown?.nodes.find((node) => node.id === id)?.name ?? id,
    announce: setAnnouncement,
    reload: () => setReload((count) => count + 1),
  });

  const focus: FocusRequest | null = state.actor ? { id: state.actor, seq: focusSeq } : null;
  const selected = shown?.nodes.find((node) => node.id === state.actor) ?? null;
  const area = useMemo<ActorSummary | null>(() => shown?.nodes.find((node) => node.id === state.area) ?? null, [shown, state.area]);
  const scope = useMemo<ViewScope>(() => ({ areaId: state.area, asOf: state.asOf, history: state.history }), [state.area, state.asOf, state.history]);

  const selectActor = useCallback(
    (id: string | null) => {
      update({ actor: id });
      setFocusSeq((seq) => seq + 1);
      setEditMode(null);
    },
    [update],
  );

  // In the overview a node is an area: choosing it opens that area (one level down, still as areas).
  const chooseOnMap = (id: string | null) => {
    if (id !== null && overview?.areas.some((each) => each.id === id)) chooseScope(id);
    else selectActor(id);
  };

  const chooseScope = (next: string | null) => {
    update({ area: next, actor: null });
    setWidenedFor(null);
    setHighlight(null);
  };

  const chooseSearchResult = (actor: ActorSummary) => {
    // The overview draws areas, not actors: a chosen actor is shown among the scope's actors.
    if (overview) {
      update({ show: 'actors', actor: actor.id });
      setFocusSeq((seq) => seq + 1);
      setEditMode(null);
      setWidenedFor(null);
      return;
    }
    const inView = shown?.nodes.some((node) => node.id === actor.id) ?? false;
    // An actor outside the chosen area can only be shown by widening the view to the whole region.
    if (!inView && state.area !== null) {
      update({ area: null });
      setWidenedFor(actor.name);
    } else {
      setWidenedFor(null);
    }
    selectActor(actor.id);
  };

  const addLocal = (change: (current: LocalChanges) => LocalChanges, message: string) => {
    changeLocal(change);
    setAnnouncement(message);
  };

  const expand = async (actor: NetworkActor) => {
    const ego = await fetchEgoNetwork(actor.id, state);
    addLocal(
      (current) => ({ ...current, extra: { nodes: [...current.extra.nodes, ...ego.nodes], relations: [...current.extra.relations, ...ego.relations] } }),
      t('actor.expanded', { name: actor.name, count: ego.nodes.length - 1 }),
    );
  };

  const changeView = (view: typeof state.view) => {
    // Leaving a view that writes to the network (an import, accepted survey ties) draws it afresh.
    if ((state.view === 'import' || state.view === 'survey') && view !== state.view) setReload((count) => count + 1);
    setHighlight(null);
    if (view !== 'gaps') setOverlay(null);
    update({ view });
  };

  const resetView = () => {
    setHighlight(null);
    update({ filter: { kinds: [], domains: [], targetGroups: [], relationKinds: [] }, actor: null });
    if (cy) fitDrawing(cy);
  };

  return (
    <>
      <div className="toolbar">
        <ScopePicker areaId={state.area} onChange={chooseScope} />
        <DatePicker time={state} onChange={(time) => update(time)} />
        <SearchBox onChoose={chooseSearchResult} />
      </div>
      <ViewTabs view={state.view} onChange={changeView} />
      <main className="explorer-main">
        <section id={tabPanelId} role="tabpanel" aria-labelledby={tabId(state.view)} className={`view-panel view-${state.view}`} tabIndex={0}>
          {state.view === 'network' ? (
            <>
              <NetworkControls state={state} shownAs={show ?? 'actors'} onChange={update} large={large} onResetLayout={canEdit && !overview ? () => void kept.layOutAfresh() : undefined} noSmallerAreas={noSmallerAreas} />
              <ExportMenu cy={cy} network={filtered} areaId={state.area} history={state.history} scopeName={area?.name ?? null} asOf={state.history ? 'geschiedenis' : (shown?.asOf ?? state.asOf)} />
              {canEdit && (
                <button type="button" className="new-actor" onClick={() => setEditMode({ kind: 'new-actor' })}>
                  {t('editing.actor.new')}
                </button>
              )}
              {!overview && <ActorList actors={filtered?.nodes ?? []} selectedId={state.actor} onSelect={selectActor} />}
            </>
          ) : (
            <AnalysisPanel view={state.view} scope={scope} onHighlight={setHighlight} onOverlay={setOverlay} onSelectActor={selectActor} />
          )}
        </section>
        <div className="canvas-area">
          {state.view === 'network' && <AreaTrailNav trail={trail} onChoose={chooseScope} hint={overview ? t('network.overview.zoomHint') : null} />}
          <NetworkCanvas
            key={large ? 'large' : 'small'}
            large={large}
            tiesOnLayer={large || overview !== null}
            settled={drawingSettled}
            elements={elements}
            focus={focus}
            onSelect={chooseOnMap}
            label={t('network.canvas.label')}
            keysHint={t('network.canvas.keys')}
            layout={state.layout}
            highlight={overview ? null : highlight}
            overlay={overlay}
            onReady={setCy}
            pictureKey={`${pictureKey}|${overview ? 'areas' : 'actors'}`}
            layoutSeq={kept.layoutSeq}
            stepChooses={!overview}
            fitZoomAtMost={overview ? 1 : undefined}
            onDragged={canEdit && !overview ? (id, positions) => void kept.pin(id, positions) : undefined}
            onZoomInto={overview ? chooseScope : undefined}
            onZoomOut={parentArea !== undefined ? () => chooseScope(parentArea) : undefined}
          />
          <CanvasControls cy={cy} onReset={resetView} />
          {highlight && (
            <div className="highlight-banner" role="status" data-covers-map="">
              <span>
                {highlight.label ?? t('network.highlight.default', { count: highlight.nodes.length })}
                {/* The overview draws areas only: dimming them all would mark nothing. */}
                {overview && <span className="highlight-note">{t('network.highlight.notInOverview')}</span>}
              </span>
              {overview && (
                <button type="button" onClick={() => update({ show: 'actors' })}>
                  {t('network.highlight.showActors')}
                </button>
              )}
              <button type="button" className="secondary" onClick={() => setHighlight(null)}>
                {t('network.highlight.clear')}
              </button>
            </div>
          )}
          {failure !== null && (
            <p role="alert" className="error overlay">
              {t('network.failed', { message: failure })}
            </p>
          )}
        </div>
        <aside className="sidebar" aria-label={t('shell.sidebar')}>
          <NetworkSummary elements={elements} loading={loading} overview={overview} overviewFirst={state.show === null} />
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
          {kept.error && (
            <p className="error" role="alert">
              {kept.error}
            </p>
          )}
          {widenedFor && (
            <p className="notice" role="status">
              {t('actor.outsideScope', { name: widenedFor })}
            </p>
          )}
          <ExplorerSidebar
            selected={selected}
            shown={shown}
            area={area}
            scope={scope}
            canEdit={canEdit}
            metrics={selected ? (metricsById.get(selected.id) ?? null) : null}
            editMode={editMode}
            setEditMode={setEditMode}
            onSelectActor={selectActor}
            onExpand={expand}
            changeLocal={addLocal}
            onReload={() => setReload((count) => count + 1)}
          />
          <NetworkLegend overlayShown={overlay !== null} overviewKind={overview?.childKind ?? null} elements={elements} />
        </aside>
      </main>
    </>
  );
}
