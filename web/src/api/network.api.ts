import { areaKinds } from '@weefsel/graph-schema';
import { graphql } from '../gql';
import type { WebMetricsQuery } from '../gql/graphql';
import { execute } from './graphql-client';
import type { ActorSummary, Network } from './network.types';
import { timeVariables, type ViewTime } from './view-time';

const networkQuery = graphql(`
  query WebNetwork($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
    network(scope: $scope, asOf: $asOf, history: $history) {
      areaId areaKind asOf
      nodes { id kind name description formal domains targetGroups personalDataHidden boundary since until }
      relations { id kind source target since until weight status note }
    }
  }
`);

const egoQuery = graphql(`
  query WebEgoNetwork($actorId: ID!, $asOf: Date, $history: Boolean!) {
    egoNetwork(actorId: $actorId, asOf: $asOf, history: $history, depth: 1) {
      areaId areaKind asOf
      nodes { id kind name description formal domains targetGroups personalDataHidden boundary since until }
      relations { id kind source target since until weight status note }
    }
  }
`);

const metricsQuery = graphql(`
  query WebMetrics($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
    networkMetrics(scope: $scope, asOf: $asOf, history: $history) {
      actors { actor { id } degree betweenness pagerank closeness community articulationPoint }
      summary { actorCount tieCount communityCount approximate }
    }
  }
`);

const layoutQuery = graphql(`
  query WebNetworkLayout($scope: ScopeInput, $asOf: Date, $history: Boolean!, $minElements: Int!) {
    networkLayout(scope: $scope, asOf: $asOf, history: $history, minElements: $minElements) {
      computed
      positions { actorId x y }
    }
  }
`);

const saveLayoutMutation = graphql(`
  mutation WebSaveLayout($scope: ScopeInput, $positions: [ActorPositionInput!]!, $replace: Boolean!) {
    saveLayout(scope: $scope, positions: $positions, replace: $replace)
  }
`);

const resetLayoutMutation = graphql(`
  mutation WebResetLayout($scope: ScopeInput) {
    resetLayout(scope: $scope)
  }
`);

const actorsOfKindsQuery = graphql(`
  query WebActorsOfKinds($kinds: [NodeKind!], $limit: Int!) {
    actors(filter: { kinds: $kinds }, limit: $limit) { items { id kind name } total }
  }
`);

const searchQuery = graphql(`
  query WebSearch($text: String!, $limit: Int!) {
    search(text: $text, limit: $limit) { id kind name }
  }
`);

export type NetworkMetrics = WebMetricsQuery['networkMetrics'];
export type ActorMetricRow = NetworkMetrics['actors'][number];

/** The network of one area (null: the whole region) on the day of `time` (today unless given), or its whole history. */
export async function fetchNetwork(areaId: string | null, time: ViewTime, signal?: AbortSignal): Promise<Network> {
  const data = await execute(networkQuery, { scope: areaId ? { areaId } : null, ...timeVariables(time) }, { signal });
  return data.network;
}

/** The actor with its direct partners, to merge into the view ("expand neighbours"). */
export async function fetchEgoNetwork(actorId: string, time: ViewTime, signal?: AbortSignal): Promise<Network> {
  const data = await execute(egoQuery, { actorId, ...timeVariables(time) }, { signal });
  return data.egoNetwork;
}

export async function fetchMetrics(areaId: string | null, time: ViewTime, signal?: AbortSignal): Promise<NetworkMetrics> {
  const data = await execute(metricsQuery, { scope: areaId ? { areaId } : null, ...timeVariables(time) }, { signal });
  return data.networkMetrics;
}

/** Drawing positions of the scope's actors: its kept picture, or computed by the API when it has more than `minElements` nodes plus relations. */
export async function fetchLayout(areaId: string | null, time: ViewTime, minElements: number, signal?: AbortSignal): Promise<Map<string, { x: number; y: number }>> {
  const data = await execute(layoutQuery, { scope: areaId ? { areaId } : null, ...timeVariables(time), minElements }, { signal });
  return new Map(data.networkLayout.positions.map(({ actorId, x, y }) => [actorId, { x, y }]));
}

/** An actor's place in the scope's kept picture; pinned: put there by an editor's hand. */
export interface KeptPosition {
  actorId: string;
  x: number;
  y: number;
  pinned: boolean;
}

/** Keeps positions in the scope's picture (editors), for every user; `replace` drops the scope's others. */
export async function saveLayout(areaId: string | null, positions: readonly KeptPosition[], replace: boolean): Promise<void> {
  await execute(saveLayoutMutation, { scope: areaId ? { areaId } : null, positions: [...positions], replace });
}

/** Forgets the scope's kept picture (editors): it is laid out afresh. */
export async function resetLayout(areaId: string | null): Promise<void> {
  await execute(resetLayoutMutation, { scope: areaId ? { areaId } : null });
}

/** Every area kind (care zone, municipality, neighbourhood) can be a scope. */
export const scopeKinds = areaKinds;

export async function fetchScopeAreas(signal?: AbortSignal): Promise<ActorSummary[]> {
  const data = await execute(actorsOfKindsQuery, { kinds: scopeKinds, limit: 500 }, { signal });
  return data.actors.items;
}

export async function searchActors(text: string, signal?: AbortSignal): Promise<ActorSummary[]> {
  const data = await execute(searchQuery, { text, limit: 10 }, { signal });
  return data.search;
}
