import { areaKinds } from '@weefsel/graph-schema';
import { graphql } from '../gql';
import type { WebMetricsQuery } from '../gql/graphql';
import { execute } from './graphql-client';
import type { ActorSummary, Network } from './network.types';

const networkQuery = graphql(`
  query WebNetwork($scope: ScopeInput, $asOf: Date) {
    network(scope: $scope, asOf: $asOf) {
      areaId areaKind asOf
      nodes { id kind name description formal domains targetGroups personalDataHidden boundary }
      relations { id kind source target since until weight status note }
    }
  }
`);

const egoQuery = graphql(`
  query WebEgoNetwork($actorId: ID!, $asOf: Date) {
    egoNetwork(actorId: $actorId, asOf: $asOf, depth: 1) {
      areaId areaKind asOf
      nodes { id kind name description formal domains targetGroups personalDataHidden boundary }
      relations { id kind source target since until weight status note }
    }
  }
`);

const metricsQuery = graphql(`
  query WebMetrics($scope: ScopeInput, $asOf: Date) {
    networkMetrics(scope: $scope, asOf: $asOf) {
      actors { actor { id } degree betweenness pagerank closeness community articulationPoint }
      summary { actorCount tieCount communityCount approximate }
    }
  }
`);

const layoutQuery = graphql(`
  query WebNetworkLayout($scope: ScopeInput, $asOf: Date, $minElements: Int!) {
    networkLayout(scope: $scope, asOf: $asOf, minElements: $minElements) {
      computed
      positions { actorId x y }
    }
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

/** The network of one area (null: the whole region) as it stood on `asOf` (null: every relation). */
export async function fetchNetwork(areaId: string | null, asOf: string | null, signal?: AbortSignal): Promise<Network> {
  const data = await execute(networkQuery, { scope: areaId ? { areaId } : null, asOf }, { signal });
  return data.network;
}

/** The actor with its direct partners, to merge into the view ("expand neighbours"). */
export async function fetchEgoNetwork(actorId: string, asOf: string | null, signal?: AbortSignal): Promise<Network> {
  const data = await execute(egoQuery, { actorId, asOf }, { signal });
  return data.egoNetwork;
}

export async function fetchMetrics(areaId: string | null, asOf: string | null, signal?: AbortSignal): Promise<NetworkMetrics> {
  const data = await execute(metricsQuery, { scope: areaId ? { areaId } : null, asOf }, { signal });
  return data.networkMetrics;
}

/** Drawing positions of the scope's actors, computed by the API only when it has more than `minElements` nodes plus relations. */
export async function fetchLayout(areaId: string | null, asOf: string | null, minElements: number, signal?: AbortSignal): Promise<Map<string, { x: number; y: number }>> {
  const data = await execute(layoutQuery, { scope: areaId ? { areaId } : null, asOf, minElements }, { signal });
  return new Map(data.networkLayout.positions.map(({ actorId, x, y }) => [actorId, { x, y }]));
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
