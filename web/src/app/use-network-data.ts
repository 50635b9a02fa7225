import type { Language } from '@weefsel/graph-schema';
import { useMemo, useState } from 'react';
import { fetchMetrics, fetchNetwork, type ActorMetricRow } from '../api/network.api';
import type { Network } from '../api/network.types';
import { withDisplayNames } from '../features/network/display-names';
import { dataOf, useAsync } from '../features/network/use-async';
import { buildElements } from '../graph/build-elements';
import { groupsByArea } from '../graph/grouping';
import { mergeNetworks, withoutIds } from '../graph/merge-network';
import { filterNetwork } from '../graph/network-filter';
import type { ExplorerState } from './url-state';

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
export function useNetworkData(state: ExplorerState, reload: number, local: LocalChanges, language: Language) {
  const key = `${state.area ?? ''}|${state.asOf ?? ''}|${reload}`;
  const network = useAsync(`network:${key}`, (signal) => fetchNetwork(state.area, state.asOf, signal));
  const metrics = useAsync(`metrics:${key}`, (signal) => fetchMetrics(state.area, state.asOf, signal));
  const loaded = dataOf(network);
  const metricRows = dataOf(metrics)?.actors;

  const shown = useMemo(() => {
    if (!loaded) return null;
    const merged = mergeNetworks(loaded, local.extra, { asBoundary: (id) => !local.created.has(id) });
    return withDisplayNames(withoutIds(merged, local.removed), language);
  }, [loaded, local, language]);

  const metricsById = useMemo(() => new Map<string, ActorMetricRow>((metricRows ?? []).map((row) => [row.actor.id, row])), [metricRows]);
  const filtered = useMemo(() => (shown ? filterNetwork(shown, state.filter) : null), [shown, state.filter]);
  const { metric, grouping } = state;
  const elements = useMemo(() => {
    if (!filtered || !shown) return [];
    const sizeBy = metric === 'none' || metricsById.size === 0 ? undefined : new Map([...metricsById].map(([id, row]) => [id, row[metric]]));
    const communities = new Map([...metricsById].map(([id, row]) => [id, row.community]));
    // Placement is read from the unfiltered network, so filtering out areas' ties keeps the groups.
    const groups = grouping === 'none' ? undefined : groupsByArea(shown, grouping);
    return buildElements(filtered, { sizeBy, communities, groups });
  }, [filtered, shown, metricsById, metric, grouping]);

  return { network, metrics, shown, filtered, elements, metricsById };
}

/** Local changes are kept per scope and date: a new scope starts from what the API says. */
export function useLocalChanges(scopeKey: string) {
  const [changes, setChanges] = useState<{ key: string; value: LocalChanges }>({ key: scopeKey, value: noLocalChanges });
  const value = changes.key === scopeKey ? changes.value : noLocalChanges;
  const update = (change: (current: LocalChanges) => LocalChanges) =>
    setChanges((current) => ({ key: scopeKey, value: change(current.key === scopeKey ? current.value : noLocalChanges) }));
  return [value, update] as const;
}
