import { actorsEndOf, todayInBrussels, withStatusOn, type Language } from '@weefsel/graph-schema';
import { useMemo, useState } from 'react';
import { fetchAreaOverview, type OverviewArea } from '../api/area-overview.api';
import { fetchLayout, fetchMetrics, fetchNetwork, type ActorMetricRow } from '../api/network.api';
import type { Network } from '../api/network.types';
import { timeKey } from '../api/view-time';
import { withDisplayNames } from '../features/network/display-names';
import { dataOf, useAsync } from '../components/use-async';
import { overviewElements, shownAs } from '../graph/area-overview';
import { buildElements } from '../graph/build-elements';
import { groupsByArea } from '../graph/grouping';
import { isLargeGraph, largeGraphElements } from '../graph/large-graph';
import { mergeNetworks, withoutIds } from '../graph/merge-network';
import { filterNetwork } from '../graph/network-filter';
import { placeMissing } from '../graph/place-missing';
import { TextWidths } from '../graph/text-widths';
import type { ExplorerState } from '../components/url-state';

/** Widths of the overview's labels, for room around its areas (measured once per name). */
const labelWidths = new TextWidths();

/** Actors and relations added in this session (expanded neighbours, accepted suggestions, new actors). */
export interface LocalChanges {
  extra: Pick<Network, 'nodes' | 'relations'>;
  /** Actors created here: drawn as inside the scope, not as boundary partners. */
  created: ReadonlySet<string>;
  removed: ReadonlySet<string>;
}

export const noLocalChanges: LocalChanges = { extra: { nodes: [], relations: [] }, created: new Set(), removed: new Set() };

/**
 * The network of the chosen scope and date, with this session's changes merged in, names shown in
 * the UI language, filters applied, and turned into Cytoscape elements sized, grouped and coloured.
 */
export function useNetworkData(state: ExplorerState, reload: number, local: LocalChanges, language: Language, areaLabel: (area: OverviewArea) => string) {
  const scopeKey = `${state.area ?? ''}|${timeKey(state)}`;
  const key = `${scopeKey}|${reload}`;
  // The API's overview first, unless the user chose actors: it decides whether the scope is shown as
  // its areas, and then the scope's network (the whole region's, perhaps) is never loaded. While it
  // is asked again for the same scope (after an edit), the answer before decides: nothing flickers.
  const overviewRequest = useAsync(state.show === 'actors' ? null : `overview:${key}`, async (signal) => ({ scopeKey, answer: await fetchAreaOverview(state.area, state, signal) }));
  const held = dataOf(overviewRequest);
  const answer = held?.scopeKey === scopeKey ? held.answer : null;
  const show = shownAs(state.show, overviewRequest.status === 'error' ? 'failed' : answer);
  const overview = show === 'areas' ? answer : null;
  const actorsKey = show === 'actors' ? key : null;
  const network = useAsync(actorsKey && `network:${actorsKey}`, (signal) => fetchNetwork(state.area, state, signal));
  // Asked at once, beside the network and before the metrics (the server computes them one after the other, and
  // the drawing waits for the positions, not for the metrics): the API answers with positions only for a large scope.
  const layout = useAsync(actorsKey && `layout:${actorsKey}`, (signal) => fetchLayout(state.area, state, largeGraphElements, signal));
  const metrics = useAsync(actorsKey && `metrics:${actorsKey}`, (signal) => fetchMetrics(state.area, state, signal));
  const loaded = dataOf(network);
  const metricRows = dataOf(metrics)?.actors;

  const shown = useMemo(() => {
    if (!loaded) return null;
    const merged = mergeNetworks(loaded, local.extra, { asBoundary: (id) => !local.created.has(id) });
    // One rule for status (graph-schema statusOn), also for ties added in this session: past its until, or its actor's, a tie is ended.
    const day = loaded.asOf ?? todayInBrussels();
    const ends = new Map(merged.nodes.flatMap((node) => (node.until ? [[node.id, node.until] as const] : [])));
    const dated = { ...merged, relations: merged.relations.map((relation) => withStatusOn(relation, day, actorsEndOf(relation, (id) => ends.get(id)))) };
    return withDisplayNames(withoutIds(dated, local.removed), language);
  }, [loaded, local, language]);

  const metricsById = useMemo(() => new Map<string, ActorMetricRow>((metricRows ?? []).map((row) => [row.actor.id, row])), [metricRows]);
  const filtered = useMemo(() => (shown ? filterNetwork(shown, state.filter) : null), [shown, state.filter]);
  const { metric, grouping } = state;
  const serverPositions = layout.status === 'ready' ? layout.data : null;
  const positions = useMemo(() => {
    if (!filtered || !serverPositions?.size) return undefined;
    return placeMissing(filtered.nodes.map((node) => node.id), filtered.relations, serverPositions);
  }, [filtered, serverPositions]);
  const elements = useMemo(() => {
    if (overview) return overviewElements(overview, areaLabel, (label) => labelWidths.at12(label, false));
    if (show !== 'actors' || !filtered || !shown) return [];
    const sizeBy = metric === 'none' || metricsById.size === 0 ? undefined : new Map([...metricsById].map(([id, row]) => [id, row[metric]]));
    const communities = new Map([...metricsById].map(([id, row]) => [id, row.community]));
    // Placement is read from the unfiltered network, so filtering out areas' ties keeps the groups.
    const groups = grouping === 'none' ? undefined : groupsByArea(shown, grouping);
    return buildElements(filtered, { sizeBy, communities, groups, positions });
  }, [overview, show, areaLabel, filtered, shown, metricsById, metric, grouping, positions]);
  const answered = (request: { status: string }) => request.status === 'ready' || request.status === 'error';
  // When to draw: a large scope once its positions are in (or known not to come), so it is not laid
  // out twice; a small one once its kept picture (if any) and its metrics are in, since it is laid out
  // here with room for nodes sized by the metric: the same scope gives the same picture whichever
  // answer comes first.
  const drawingSettled = overview !== null || (answered(layout) && (isLargeGraph(elements.length) || metric === 'none' || answered(metrics)));
  // The scope has a picture kept for everyone (or a computed one, on a large scope).
  const keptPicture = Boolean(serverPositions?.size);

  // What the page waits for, and what failed: the overview first, then the network when actors are shown.
  const loading = show === null || (show === 'actors' && network.status === 'loading' && !shown);
  const failure = overviewRequest.status === 'error' ? overviewRequest.message : network.status === 'error' ? network.message : null;
  // The areas were asked for, but none lies below: its actors are shown.
  const noSmallerAreas = state.show === 'areas' && answer !== null && answer.childKind === null;
  return { show, shown, filtered, elements, metricsById, drawingSettled, keptPicture, overview, loading, failure, noSmallerAreas };
}

/** Local changes are kept per scope and date: a new scope starts from what the API says. */
export function useLocalChanges(scopeKey: string) {
  const [changes, setChanges] = useState<{ key: string; value: LocalChanges }>({ key: scopeKey, value: noLocalChanges });
  const value = changes.key === scopeKey ? changes.value : noLocalChanges;
  const update = (change: (current: LocalChanges) => LocalChanges) =>
    setChanges((current) => ({ key: scopeKey, value: change(current.key === scopeKey ? current.value : noLocalChanges) }));
  return [value, update] as const;
}
