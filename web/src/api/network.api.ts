import { areaKinds, relationKindNames, relationKinds, type NodeKind, type RelationKindSpec } from '@weefsel/graph-schema';
import { graphql } from '../gql';
import { execute } from './graphql-client';
import type { ActorSummary, Network } from './network.types';

const networkQuery = graphql(`
  query WebNetwork($scope: ScopeInput, $asOf: Date) {
    network(scope: $scope, asOf: $asOf) {
      areaId areaKind asOf
      nodes { id kind name description formal domains targetGroups personalDataHidden boundary }
      relations { id kind source target since until weight }
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

/** The network of one area, or of the whole region when `areaId` is null. */
export async function fetchNetwork(areaId: string | null, signal?: AbortSignal): Promise<Network> {
  const data = await execute(networkQuery, { scope: areaId ? { areaId } : null }, { signal });
  return data.network;
}

/**
 * The scope picker offers the areas that group other areas (care zones, municipalities), derived
 * from the placement relations; neighbourhoods would make the list too long for a first page.
 */
export const scopeKinds: NodeKind[] = areaKinds.filter((area) =>
  relationKindNames.some((name) => {
    const spec: RelationKindSpec = relationKinds[name];
    return spec.placesIn && spec.targets.includes(area) && spec.sources.some((source) => areaKinds.includes(source));
  }),
);

export async function fetchScopeAreas(signal?: AbortSignal): Promise<ActorSummary[]> {
  const data = await execute(actorsOfKindsQuery, { kinds: scopeKinds, limit: 500 }, { signal });
  return data.actors.items;
}

export async function searchActors(text: string, signal?: AbortSignal): Promise<ActorSummary[]> {
  const data = await execute(searchQuery, { text, limit: 10 }, { signal });
  return data.search;
}
